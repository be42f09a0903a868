import { describe, expect, it } from 'vitest';
import {
  buildStatement,
  generateSigningKey,
  preAuthEncoding,
  signManifest,
  verifyManifest,
  type ManifestFile,
} from '../../src/platform/crypto/signing.js';

const files: ManifestFile[] = [
  { path: 'model.safetensors', sha256: 'a'.repeat(64) },
  { path: 'config.json', sha256: 'b'.repeat(64) },
];

describe('model signing', () => {
  it('encodes DSSE PAE as in the DSSE v1 spec example', () => {
    expect(
      preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString(),
    ).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('builds a model-signing v1.0 statement whose subject covers every file digest', () => {
    const statement = buildStatement('resnet@1', files);
    expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(statement.predicate.resources.map((r) => r.name)).toEqual([
      'config.json',
      'model.safetensors',
    ]);
    expect(buildStatement('x', [...files].reverse()).subject).toEqual([
      { name: 'x', digest: { sha256: statement.subject[0]?.digest.sha256 } },
    ]);
  });

  it.each(['ed25519', 'ecdsa-p256'] as const)('signs and verifies with %s', (algorithm) => {
    const key = generateSigningKey(algorithm);
    const bundle = signManifest({ name: 'resnet@1', files, key });
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(verifyManifest(bundle, { keys: [key], files })).toEqual({
      ok: true,
      keyId: key.keyId,
      problems: [],
    });
  });

  it('names added, removed, renamed and changed files', () => {
    const key = generateSigningKey();
    const bundle = signManifest({ name: 'm', files, key });
    const tampered: ManifestFile[] = [
      { path: 'weights.safetensors', sha256: 'a'.repeat(64) },
      { path: 'config.json', sha256: 'c'.repeat(64) },
      { path: 'extra.py', sha256: 'd'.repeat(64) },
    ];
    expect(verifyManifest(bundle, { keys: [key], files: tampered }).problems).toEqual([
      'added: extra.py',
      'changed: config.json',
      'renamed: model.safetensors → weights.safetensors',
    ]);
    expect(verifyManifest(bundle, { keys: [key], files: files.slice(1) }).problems).toEqual([
      'removed: model.safetensors',
    ]);
  });

  it('fails with an untrusted key or an altered payload', () => {
    const key = generateSigningKey();
    const bundle = signManifest({ name: 'm', files, key });
    expect(verifyManifest(bundle, { keys: [generateSigningKey()], files }).ok).toBe(false);
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      subject: { name: string }[];
    };
    statement.subject[0] = { ...statement.subject[0], name: 'other' };
    const altered = {
      ...bundle,
      dsseEnvelope: {
        ...bundle.dsseEnvelope,
        payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      },
    };
    expect(verifyManifest(altered, { keys: [key], files }).problems).toEqual([
      'signature: no trusted key verifies the envelope',
    ]);
  });

  it('rejects something that is not a bundle with SIGNATURE_INVALID', () => {
    expect(() => verifyManifest({ hello: 1 }, { keys: [], files })).toThrow(
      expect.objectContaining({ code: 'SIGNATURE_INVALID' }),
    );
  });
});
