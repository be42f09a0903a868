import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignatureInvalid } from './crypto.errors.js';

/** One file of a signed manifest: its path inside the asset and the SHA-256 of its content. */
export interface ManifestFile {
  readonly path: string;
  readonly sha256: string;
}

export type SigningAlgorithm = 'ed25519' | 'ecdsa-p256';

export interface SigningKey {
  /** SHA-256 of the public key's SPKI DER, hex: the `hint` in bundles. */
  readonly keyId: string;
  readonly algorithm: SigningAlgorithm;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export interface VerifyingKey {
  readonly keyId: string;
  readonly publicKey: KeyObject;
}

/** in-toto Statement v1 with the OpenSSF model-signing v1.0 predicate. */
export interface ModelSigningStatement {
  readonly _type: 'https://in-toto.io/Statement/v1';
  readonly subject: readonly {
    readonly name: string;
    readonly digest: { readonly sha256: string };
  }[];
  readonly predicateType: 'https://model_signing/signature/v1.0';
  readonly predicate: {
    readonly serialization: {
      readonly method: 'files';
      readonly hash_type: 'sha256';
      readonly allow_symlinks: false;
      readonly ignore_paths: readonly string[];
    };
    readonly resources: readonly {
      readonly name: string;
      readonly algorithm: 'sha256';
      readonly digest: string;
    }[];
  };
}

/** A Sigstore bundle v0.3 holding a DSSE envelope, as written by OpenSSF model-signing 1.0 with a key. */
export interface SignatureBundle {
  readonly mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json';
  readonly verificationMaterial: {
    readonly publicKey: { readonly hint: string };
    readonly tlogEntries: readonly unknown[];
  };
  readonly dsseEnvelope: {
    readonly payload: string;
    readonly payloadType: 'application/vnd.in-toto+json';
    readonly signatures: readonly { readonly sig: string; readonly keyid?: string }[];
  };
}

export interface VerifyResult {
  readonly ok: boolean;
  /** The key that signed, when the signature checked out. */
  readonly keyId?: string;
  /** Why verification failed, one line per problem (`changed: model.bin`, `signature: …`). */
  readonly problems: readonly string[];
}

const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/**
 * The in-toto statement for a set of files. Subject digest: SHA-256 over the raw 32-byte file
 * digests concatenated in path order (model-signing's manifest digest), so it covers every file.
 */
export function buildStatement(
  name: string,
  files: readonly ManifestFile[],
): ModelSigningStatement {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const root = createHash('sha256');
  for (const f of sorted) root.update(Buffer.from(f.sha256, 'hex'));
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: root.digest('hex') } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: {
      serialization: {
        method: 'files',
        hash_type: 'sha256',
        allow_symlinks: false,
        ignore_paths: [],
      },
      resources: sorted.map((f) => ({ name: f.path, algorithm: 'sha256', digest: f.sha256 })),
    },
  };
}

/** DSSE v1 pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(body) SP body. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

/** Signs the manifest of `files` under `name` and returns the bundle. */
export function signManifest(options: {
  name: string;
  files: readonly ManifestFile[];
  key: SigningKey;
}): SignatureBundle {
  const payload = Buffer.from(JSON.stringify(buildStatement(options.name, options.files)), 'utf8');
  const pae = preAuthEncoding(PAYLOAD_TYPE, payload);
  const sig =
    options.key.algorithm === 'ed25519'
      ? sign(null, pae, options.key.privateKey)
      : sign('sha256', pae, { key: options.key.privateKey, dsaEncoding: 'der' });
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: options.key.keyId }, tlogEntries: [] },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: PAYLOAD_TYPE,
      signatures: [{ sig: sig.toString('base64'), keyid: '' }],
    },
  };
}

/**
 * Checks a bundle's signature with one of `keys` and that its statement lists exactly `files`
 * with the same digests. Never throws for a bad signature or content: it reports the problems.
 * Throws SIGNATURE_INVALID only when `bundle` is not a bundle at all.
 */
export function verifyManifest(
  bundle: unknown,
  options: { keys: readonly VerifyingKey[]; files: readonly ManifestFile[] },
): VerifyResult {
  const envelope = parseBundle(bundle);
  const payload = Buffer.from(envelope.payload, 'base64');
  const pae = preAuthEncoding(envelope.payloadType, payload);
  let keyId: string | undefined;
  for (const s of envelope.signatures) {
    const sig = Buffer.from(s.sig, 'base64');
    for (const k of options.keys) {
      const algorithm = k.publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
      const valid = safeVerify(() =>
        verify(
          algorithm,
          pae,
          algorithm === null ? k.publicKey : { key: k.publicKey, dsaEncoding: 'der' },
          sig,
        ),
      );
      if (valid) keyId = k.keyId;
    }
  }
  if (keyId === undefined)
    return { ok: false, problems: ['signature: no trusted key verifies the envelope'] };
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8')) as unknown;
  } catch {
    return { ok: false, keyId, problems: ['statement: payload is not JSON'] };
  }
  const problems = compareFiles(statement, options.files);
  return { ok: problems.length === 0, keyId, problems };
}

function compareFiles(statement: unknown, files: readonly ManifestFile[]): string[] {
  const resources = readResources(statement);
  if (resources === undefined) return ['statement: not an in-toto v1 model-signing statement'];
  const signed = new Map(resources.map((r) => [r.name, r.digest]));
  const actual = new Map(files.map((f) => [f.path, f.sha256]));
  const problems: string[] = [];
  const removed = [...signed].filter(([p]) => !actual.has(p));
  const added = [...actual].filter(([p]) => !signed.has(p));
  for (const [p, digest] of removed) {
    const renamedTo = added.find(([, d]) => d === digest);
    if (renamedTo !== undefined) {
      problems.push(`renamed: ${p} → ${renamedTo[0]}`);
      added.splice(added.indexOf(renamedTo), 1);
    } else {
      problems.push(`removed: ${p}`);
    }
  }
  for (const [p] of added) problems.push(`added: ${p}`);
  for (const [p, digest] of actual) {
    const expected = signed.get(p);
    if (expected !== undefined && expected !== digest) problems.push(`changed: ${p}`);
  }
  const subject = buildStatement('', files).subject[0]?.digest.sha256;
  if (problems.length === 0 && subjectDigest(statement) !== subject) {
    problems.push('statement: subject digest does not cover the listed files');
  }
  return problems.sort();
}

/** The statement's `predicate.resources` as name/digest pairs, or undefined when malformed. */
function readResources(statement: unknown): { name: string; digest: string }[] | undefined {
  const s = statement as { _type?: unknown; predicate?: { resources?: unknown } } | null;
  if (s?._type !== 'https://in-toto.io/Statement/v1' || !Array.isArray(s.predicate?.resources))
    return undefined;
  const out: { name: string; digest: string }[] = [];
  for (const r of s.predicate.resources as unknown[]) {
    const { name, digest } = (r ?? {}) as { name?: unknown; digest?: unknown };
    if (typeof name !== 'string' || typeof digest !== 'string') return undefined;
    out.push({ name, digest });
  }
  return out;
}

function subjectDigest(statement: unknown): unknown {
  const subjects = (statement as { subject?: unknown }).subject;
  if (!Array.isArray(subjects)) return undefined;
  const first = subjects[0] as { digest?: { sha256?: unknown } } | undefined;
  return first?.digest?.sha256;
}

function parseBundle(bundle: unknown): SignatureBundle['dsseEnvelope'] {
  const envelope = (bundle as Partial<SignatureBundle> | null)?.dsseEnvelope;
  if (
    envelope === undefined ||
    typeof envelope.payload !== 'string' ||
    envelope.payloadType !== PAYLOAD_TYPE ||
    !Array.isArray(envelope.signatures) ||
    (envelope.signatures as readonly unknown[]).some(
      (s) => typeof (s as { sig?: unknown } | null)?.sig !== 'string',
    )
  ) {
    throw new SignatureInvalid('it has no DSSE envelope with an in-toto payload and signatures');
  }
  return envelope;
}

function safeVerify(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    // A key of the wrong type or a malformed signature simply does not verify.
    return false;
  }
}

/** Key id of a public key: SHA-256 of its SPKI DER, hex. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Makes a fresh signing key (tests, first run). */
export function generateSigningKey(algorithm: SigningAlgorithm = 'ed25519'): SigningKey {
  const pair =
    algorithm === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    algorithm,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    keyId: keyIdOf(pair.publicKey),
  };
}

/**
 * The platform's signing key from `<dataDir>/keys/signing.pem` (PKCS#8), generated with mode 0600
 * on first use. Ed25519 or ECDSA P-256, whichever the file holds.
 */
export function loadSigningKey(options: {
  dataDir: string;
  algorithm?: SigningAlgorithm;
}): SigningKey {
  const file = path.join(options.dataDir, 'keys', 'signing.pem');
  if (!existsSync(file)) {
    const key = generateSigningKey(options.algorithm ?? 'ed25519');
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
    return key;
  }
  const privateKey = createPrivateKey(readFileSync(file));
  const publicKey = createPublicKey(privateKey);
  const algorithm: SigningAlgorithm =
    privateKey.asymmetricKeyType === 'ed25519' ? 'ed25519' : 'ecdsa-p256';
  return { algorithm, privateKey, publicKey, keyId: keyIdOf(publicKey) };
}
