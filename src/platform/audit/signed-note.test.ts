import { describe, expect, it } from 'vitest';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.js';
import {
  generateSigner,
  hasValidSignature,
  keyHash,
  parseSignedNote,
  parseSignerKey,
  parseVerifierKey,
  signNote,
} from './signed-note.js';

describe('signed notes', () => {
  it('computes the C2SP key hash of the Go note package example key', () => {
    // golang.org/x/mod/sumdb/note: PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW
    const raw = Buffer.from('ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'base64');
    expect(keyHash('PeterNeumann', raw.subarray(1)).toString(16)).toBe('c74f20a3');
    expect(
      parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW').name,
    ).toBe('PeterNeumann');
  });

  it('signs a checkpoint that verifies with the verifier key, and round-trips the signer key', () => {
    const { signer, signerKey, verifierKey } = generateSigner('rampart.local/audit');
    const body = formatCheckpoint({
      origin: 'rampart.local/audit',
      size: 12,
      rootHash: Buffer.alloc(32, 7),
    });
    const note = signNote(body, parseSignerKey(signerKey));
    expect(note.startsWith(`${body}\n\u2014 rampart.local/audit `)).toBe(true);
    const parsed = parseSignedNote(note);
    expect(parsed.text).toBe(body);
    expect(hasValidSignature(parsed, parseVerifierKey(verifierKey))).toBe(true);
    expect(parseCheckpoint(parsed.text)).toEqual({
      origin: 'rampart.local/audit',
      size: 12,
      rootHash: Buffer.alloc(32, 7),
    });
    expect(signer.publicKey).toEqual(parseVerifierKey(verifierKey).publicKey);
  });

  it('rejects a note whose text was changed or signed by another key', () => {
    const { signer, verifierKey } = generateSigner('log');
    const other = generateSigner('log');
    const note = signNote(
      formatCheckpoint({ origin: 'log', size: 3, rootHash: Buffer.alloc(32, 1) }),
      signer,
    );
    const edited = note.replace('\n3\n', '\n4\n');
    expect(hasValidSignature(parseSignedNote(edited), parseVerifierKey(verifierKey))).toBe(false);
    expect(hasValidSignature(parseSignedNote(note), parseVerifierKey(other.verifierKey))).toBe(
      false,
    );
  });

  it('rejects malformed notes, checkpoints and keys with stable codes', () => {
    expect(() => parseSignedNote('log\n3\n')).toThrow(
      expect.objectContaining({ code: 'AUDIT_NOTE_MALFORMED' }),
    );
    expect(() => parseSignedNote('log\n3\nAA==\n\n- log AAAA\n')).toThrow(
      expect.objectContaining({ code: 'AUDIT_NOTE_MALFORMED' }),
    );
    expect(() => parseCheckpoint('log\n03\n' + Buffer.alloc(32).toString('base64') + '\n')).toThrow(
      expect.objectContaining({ code: 'AUDIT_NOTE_MALFORMED' }),
    );
    expect(() => parseCheckpoint('log\n3\nAAAA\n')).toThrow(
      expect.objectContaining({ code: 'AUDIT_NOTE_MALFORMED' }),
    );
    expect(() => parseVerifierKey('log+00000000+AAAA')).toThrow(
      expect.objectContaining({ code: 'AUDIT_KEY_MALFORMED' }),
    );
    expect(() => parseSignerKey('PRIVATE+KEY+log')).toThrow(
      expect.objectContaining({ code: 'AUDIT_KEY_MALFORMED' }),
    );
  });
});
