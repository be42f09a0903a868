import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  KekNotFound,
  KekRetired,
  KeyRotationUnsupported,
  KeyUnwrapFailed,
  MasterKeyInvalid,
} from './crypto.errors.js';

/** Names one master key (KEK) version: content records it so the right key unwraps it later. */
export interface KekRef {
  readonly kekId: string;
  readonly version: number;
}

export interface WrappedKey {
  readonly ref: KekRef;
  /** nonce(12) ‖ AES-256-GCM ciphertext of the data key ‖ tag(16). */
  readonly wrapped: Buffer;
}

/**
 * Key-encryption service: wraps per-object data keys under the active master key and unwraps
 * them under whichever version wrapped them. `Keyring` is the local implementation; an external
 * KMS (Vault transit, AWS KMS) implements the same interface.
 */
export interface Kms {
  active(): KekRef;
  /** Wraps `dataKey` under the active KEK, bound to `aad` (unwrap needs the same `aad`). */
  wrapKey(dataKey: Buffer, aad: Buffer): Promise<WrappedKey>;
  /** Throws KEK_NOT_FOUND, KEK_RETIRED or KEY_UNWRAP_FAILED. */
  unwrapKey(ref: KekRef, wrapped: Buffer, aad: Buffer): Promise<Buffer>;
}

export interface KeyringData {
  readonly kekId: string;
  readonly active: number;
  /** Versions below this are refused for decryption (retired after a full rewrap). */
  readonly minDecryptVersion: number;
  readonly keys: readonly {
    readonly version: number;
    readonly key: Buffer;
    readonly createdAt: string;
  }[];
}

const KEY_BYTES = 32;
const WRAP_CONTEXT = Buffer.from('rampart-kek-wrap/1', 'utf8');
const FILE_FORMAT = 'rampart-keyring/1';

/** Versioned master keys held in memory; the local `Kms`. */
export class Keyring implements Kms {
  constructor(readonly data: KeyringData) {
    if (!data.keys.some((k) => k.version === data.active)) {
      throw new MasterKeyInvalid('the keyring', `active version ${data.active} has no key`);
    }
    for (const k of data.keys) {
      if (k.key.length !== KEY_BYTES) {
        throw new MasterKeyInvalid('the keyring', `version ${k.version} is not 32 bytes`);
      }
    }
  }

  active(): KekRef {
    return { kekId: this.data.kekId, version: this.data.active };
  }

  // async: key errors reach callers as rejections, like a remote KMS's would.
  async wrapKey(dataKey: Buffer, aad: Buffer): Promise<WrappedKey> {
    const ref = this.active();
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(ref, false), nonce);
    cipher.setAAD(wrapAad(ref, aad));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { ref, wrapped: Buffer.concat([nonce, body, cipher.getAuthTag()]) };
  }

  async unwrapKey(ref: KekRef, wrapped: Buffer, aad: Buffer): Promise<Buffer> {
    const key = this.keyFor(ref, true);
    if (wrapped.length < 12 + 16 + 1) throw new KeyUnwrapFailed(ref.kekId, ref.version);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, wrapped.subarray(0, 12));
      decipher.setAAD(wrapAad(ref, aad));
      decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
      const out = Buffer.concat([
        decipher.update(wrapped.subarray(12, wrapped.length - 16)),
        decipher.final(),
      ]);
      return out;
    } catch {
      // GCM tag mismatch: wrong key under this version, or an altered key slot.
      throw new KeyUnwrapFailed(ref.kekId, ref.version);
    }
  }

  private keyFor(ref: KekRef, forDecrypt: boolean): Buffer {
    const entry = this.data.keys.find((k) => k.version === ref.version);
    if (ref.kekId !== this.data.kekId || entry === undefined)
      throw new KekNotFound(ref.kekId, ref.version);
    if (forDecrypt && ref.version < this.data.minDecryptVersion) {
      throw new KekRetired(ref.kekId, ref.version, this.data.minDecryptVersion);
    }
    return entry.key;
  }
}

function wrapAad(ref: KekRef, aad: Buffer): Buffer {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(ref.version);
  const id = Buffer.from(ref.kekId, 'utf8');
  return Buffer.concat([WRAP_CONTEXT, Buffer.from([id.length]), id, version, aad]);
}

export interface LoadKeyringOptions {
  /** 32 bytes, base64 (e.g. from RAMPART_MASTER_KEY). Wins over `keyFile`. */
  readonly masterKeyBase64?: string | undefined;
  /** A keyring file written by Rampart, or a file holding one base64 key. */
  readonly keyFile?: string | undefined;
  readonly dataDir: string;
  /** Told when a key file had to be generated (first local run). */
  readonly warn: (message: string) => void;
  readonly nowMs?: () => number;
}

export interface LoadedKeyring {
  readonly keyring: Keyring;
  /** The file that holds the keyring, when it came from (or was written to) a file. */
  readonly file?: string;
  readonly source: 'value' | 'file' | 'generated';
}

/** Where `loadKeyring` keeps a generated key: `<dataDir>/keys/master.key`. */
export function defaultKeyFile(dataDir: string): string {
  return path.join(dataDir, 'keys', 'master.key');
}

/**
 * The active keyring: from `masterKeyBase64`, else `keyFile`, else `<dataDir>/keys/master.key`
 * (generated with mode 0600 when missing, with a warning that production must supply its own
 * key). Throws MASTER_KEY_INVALID for a value or file that does not hold 32-byte keys.
 */
export function loadKeyring(options: LoadKeyringOptions): LoadedKeyring {
  if (options.masterKeyBase64 !== undefined && options.masterKeyBase64 !== '') {
    const key = decodeKey(options.masterKeyBase64, 'the master key value');
    const kekId = `key-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
    const createdAt = new Date(0).toISOString();
    return {
      keyring: new Keyring({
        kekId,
        active: 1,
        minDecryptVersion: 1,
        keys: [{ version: 1, key, createdAt }],
      }),
      source: 'value',
    };
  }
  if (options.keyFile !== undefined && options.keyFile !== '') {
    return { keyring: readKeyringFile(options.keyFile), file: options.keyFile, source: 'file' };
  }
  const file = defaultKeyFile(options.dataDir);
  if (existsSync(file)) return { keyring: readKeyringFile(file), file, source: 'file' };
  const nowMs = options.nowMs ?? Date.now;
  const data: KeyringData = {
    kekId: `local-${randomBytes(6).toString('hex')}`,
    active: 1,
    minDecryptVersion: 1,
    keys: [{ version: 1, key: randomBytes(KEY_BYTES), createdAt: new Date(nowMs()).toISOString() }],
  };
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeKeyringFileSync(file, data);
  options.warn(
    `Generated a master key at ${file} for this local install. Production must supply its own key (RAMPART_MASTER_KEY or a key file kept outside the data directory); whoever holds this file can decrypt every stored artifact.`,
  );
  return { keyring: new Keyring(data), file, source: 'generated' };
}

/** Reads a keyring file: Rampart's JSON keyring, or one base64 key (version 1). */
export function readKeyringFile(file: string): Keyring {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new MasterKeyInvalid(file, (err as NodeJS.ErrnoException).code ?? 'unreadable');
  }
  if (!text.startsWith('{')) {
    const key = decodeKey(text, file);
    const kekId = `key-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
    return new Keyring({
      kekId,
      active: 1,
      minDecryptVersion: 1,
      keys: [{ version: 1, key, createdAt: new Date(0).toISOString() }],
    });
  }
  try {
    const raw = JSON.parse(text) as {
      format?: unknown;
      kekId?: unknown;
      active?: unknown;
      minDecryptVersion?: unknown;
      keys?: { version?: unknown; key?: unknown; createdAt?: unknown }[];
    };
    if (raw.format !== FILE_FORMAT || typeof raw.kekId !== 'string' || !Array.isArray(raw.keys)) {
      throw new Error('not a Rampart keyring');
    }
    return new Keyring({
      kekId: raw.kekId,
      active: Number(raw.active),
      minDecryptVersion: Number(raw.minDecryptVersion ?? 1),
      keys: raw.keys.map((k) => ({
        version: Number(k.version),
        key: decodeKey(String(k.key), file),
        createdAt: typeof k.createdAt === 'string' ? k.createdAt : '',
      })),
    });
  } catch (err) {
    if (err instanceof MasterKeyInvalid) throw err;
    throw new MasterKeyInvalid(file, (err as Error).message);
  }
}

/**
 * Adds a new master key version to the keyring file and makes it active (`rampart keys rotate`).
 * Old versions stay for decryption until a rewrap and `retireKeyVersions`. Atomic: the file is
 * replaced by rename, so a crash leaves the old or the new keyring, never half of one.
 */
export async function rotateKeyringFile(
  file: string | undefined,
  nowMs: number = Date.now(),
): Promise<Keyring> {
  if (file === undefined) throw new KeyRotationUnsupported('a configured value');
  const current = readKeyringFile(file).data;
  const version = Math.max(...current.keys.map((k) => k.version)) + 1;
  const next: KeyringData = {
    ...current,
    active: version,
    keys: [
      ...current.keys,
      { version, key: randomBytes(KEY_BYTES), createdAt: new Date(nowMs).toISOString() },
    ],
  };
  await writeKeyringFile(file, next);
  return new Keyring(next);
}

/** Refuses decryption under versions below `minVersion` (after every blob was rewrapped). */
export async function retireKeyVersions(file: string, minVersion: number): Promise<Keyring> {
  const current = readKeyringFile(file).data;
  if (minVersion > current.active) {
    throw new MasterKeyInvalid(file, `cannot retire the active version ${current.active}`);
  }
  const next = { ...current, minDecryptVersion: minVersion };
  await writeKeyringFile(file, next);
  return new Keyring(next);
}

function decodeKey(value: string, source: string): Buffer {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new MasterKeyInvalid(source, 'not base64');
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES)
    throw new MasterKeyInvalid(source, `${key.length} bytes instead of 32`);
  return key;
}

function serialize(data: KeyringData): string {
  return (
    JSON.stringify(
      {
        format: FILE_FORMAT,
        kekId: data.kekId,
        active: data.active,
        minDecryptVersion: data.minDecryptVersion,
        keys: data.keys.map((k) => ({
          version: k.version,
          key: k.key.toString('base64'),
          createdAt: k.createdAt,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

function writeKeyringFileSync(file: string, data: KeyringData): void {
  // 'wx': never overwrite a key someone else just generated (two processes starting at once).
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, serialize(data));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function writeKeyringFile(file: string, data: KeyringData): Promise<void> {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(serialize(data));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}
