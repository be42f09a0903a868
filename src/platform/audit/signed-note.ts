import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { AuditKeyMalformed, AuditNoteMalformed } from './audit.errors.js';

// C2SP signed-note (https://c2sp.org/signed-note): algorithm byte 0x01 is Ed25519.
const ED25519_ALG = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';
const MAX_NOTE_BYTES = 1_000_000;
const MAX_SIGNATURES = 100;
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** An Ed25519 note signer: the name is the key name that appears on signature lines. */
export interface NoteSigner {
  readonly name: string;
  /** 4-byte key hash as an unsigned integer. */
  readonly keyHash: number;
  readonly publicKey: Buffer;
  readonly privateKey: KeyObject;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyHash: number;
  readonly publicKey: Buffer;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyHash: number;
  readonly signature: Buffer;
}

/** A note split into its text (ending in `\n`) and its signature lines. */
export interface SignedNote {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** C2SP signed-note key hash: first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
export function keyHash(name: string, publicKey: Uint8Array): number {
  const digest = createHash('sha256')
    .update(name)
    .update('\n')
    .update(Buffer.from([ED25519_ALG]))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

/** Makes a fresh Ed25519 signer named `name` (a key name has no spaces or `+`). */
export function generateSigner(name: string): {
  signer: NoteSigner;
  signerKey: string;
  verifierKey: string;
} {
  assertKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519.length);
  const signerKey = encodeSignerKey(name, seed);
  const signer = parseSignerKey(signerKey);
  return { signer, signerKey, verifierKey: verifierKeyOf(signer) };
}

/** `PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ seed)>`, the Go `note` package's signer key form. */
function encodeSignerKey(name: string, seed: Buffer): string {
  const priv = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const pub = rawPublicKey(createPublicKey(priv));
  const hash = keyHash(name, pub).toString(16).padStart(8, '0');
  return `PRIVATE+KEY+${name}+${hash}+${Buffer.concat([Buffer.from([ED25519_ALG]), seed]).toString('base64')}`;
}

/** Parses a signer key string; throws AUDIT_KEY_MALFORMED when it is not one. */
export function parseSignerKey(text: string): NoteSigner {
  const parts = splitKey(text, 5);
  if (parts.length !== 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') {
    throw new AuditKeyMalformed('a signer key reads PRIVATE+KEY+name+hash+key');
  }
  const [, , name = '', hashHex = '', keyB64 = ''] = parts;
  assertKeyName(name);
  const raw = Buffer.from(keyB64, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519_ALG)
    throw new AuditKeyMalformed('not an Ed25519 key');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, raw.subarray(1)]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  const hash = keyHash(name, publicKey);
  if (hashHex.toLowerCase() !== hash.toString(16).padStart(8, '0')) {
    throw new AuditKeyMalformed('the key hash does not match the key');
  }
  return { name, keyHash: hash, publicKey, privateKey };
}

/** `<name>+<hash>+<base64(0x01 ‖ public key)>`: what verifiers are given. */
export function verifierKeyOf(signer: NoteVerifier): string {
  const hash = signer.keyHash.toString(16).padStart(8, '0');
  return `${signer.name}+${hash}+${Buffer.concat([Buffer.from([ED25519_ALG]), signer.publicKey]).toString('base64')}`;
}

/** Parses a verifier key string; throws AUDIT_KEY_MALFORMED when it is not one. */
export function parseVerifierKey(text: string): NoteVerifier {
  const parts = splitKey(text, 3);
  if (parts.length !== 3) throw new AuditKeyMalformed('a verifier key reads name+hash+key');
  const [name = '', hashHex = '', keyB64 = ''] = parts;
  assertKeyName(name);
  const raw = Buffer.from(keyB64, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519_ALG)
    throw new AuditKeyMalformed('not an Ed25519 key');
  const publicKey = raw.subarray(1);
  const hash = keyHash(name, publicKey);
  if (!/^[0-9a-f]{8}$/i.test(hashHex) || parseInt(hashHex, 16) !== hash) {
    throw new AuditKeyMalformed('the key hash does not match the key');
  }
  return { name, keyHash: hash, publicKey };
}

/** Signs `text` (which must end in a newline) and returns the full signed note. */
export function signNote(text: string, signer: NoteSigner): string {
  assertNoteText(text);
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  const hashBytes = Buffer.alloc(4);
  hashBytes.writeUInt32BE(signer.keyHash);
  return `${text}\n${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([hashBytes, signature]).toString('base64')}\n`;
}

/** Splits a signed note into text and signature lines; throws AUDIT_NOTE_MALFORMED. */
export function parseSignedNote(note: string): SignedNote {
  if (Buffer.byteLength(note, 'utf8') > MAX_NOTE_BYTES)
    throw new AuditNoteMalformed('note is too large');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new AuditNoteMalformed('no blank line before the signatures');
  const text = note.slice(0, split + 1);
  assertNoteText(text);
  const sigBlock = note.slice(split + 2);
  if (!sigBlock.endsWith('\n'))
    throw new AuditNoteMalformed('signature block does not end in a newline');
  const lines = sigBlock.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new AuditNoteMalformed('too many signatures');
  const signatures = lines.map((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX))
      throw new AuditNoteMalformed('signature line must start with an em dash');
    const [name = '', b64 = '', ...rest] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    const raw = Buffer.from(b64, 'base64');
    if (rest.length > 0 || name === '' || raw.length < 5 || raw.toString('base64') !== b64) {
      throw new AuditNoteMalformed('signature line reads "— name base64"');
    }
    return { name, keyHash: raw.readUInt32BE(0), signature: raw.subarray(4) };
  });
  if (signatures.length === 0) throw new AuditNoteMalformed('the note has no signature');
  return { text, signatures };
}

/** True when `note` carries a valid signature by `verifier` (matched by name and key hash). */
export function hasValidSignature(note: SignedNote, verifier: NoteVerifier): boolean {
  const key = createPublicKey({
    key: Buffer.concat([SPKI_ED25519, verifier.publicKey]),
    format: 'der',
    type: 'spki',
  });
  return note.signatures.some(
    (s) =>
      s.name === verifier.name &&
      s.keyHash === verifier.keyHash &&
      s.signature.length === 64 &&
      verify(null, Buffer.from(note.text, 'utf8'), key, s.signature),
  );
}

/** Splits at the first `count - 1` plus signs: the trailing base64 may itself contain `+`. */
function splitKey(text: string, count: number): string[] {
  const parts = text.trim().split('+');
  return parts.length <= count
    ? parts
    : [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);
}

function assertKeyName(name: string): void {
  if (!/^[\x21-\x7e]+$/.test(name) || name.includes('+')) {
    throw new AuditKeyMalformed('a key name is printable ASCII without spaces or "+"');
  }
}

function assertNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new AuditNoteMalformed('note text must end in a newline');
  if (text.includes('\n\n'))
    throw new AuditNoteMalformed('note text must not contain a blank line');
  // C2SP signed-note: the text is UTF-8 without control characters other than newline.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x09\x0b-\x1f]/.test(text))
    throw new AuditNoteMalformed('note text has control characters');
}
