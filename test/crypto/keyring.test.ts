import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadKeyring,
  readKeyringFile,
  retireKeyVersions,
  rotateKeyringFile,
} from '../../src/platform/crypto/keyring.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'rampart-keys-'));

describe('loadKeyring', () => {
  it('generates <dataDir>/keys/master.key with mode 0600 and warns when no key is given', () => {
    const dataDir = tempDir();
    const warnings: string[] = [];
    const loaded = loadKeyring({ dataDir, warn: (m) => warnings.push(m) });
    const file = path.join(dataDir, 'keys', 'master.key');
    expect([loaded.source, loaded.file, statSync(file).mode & 0o777, warnings.length]).toEqual([
      'generated',
      file,
      0o600,
      1,
    ]);
    const again = loadKeyring({ dataDir, warn: (m) => warnings.push(m) });
    expect([again.source, again.keyring.active(), warnings.length]).toEqual([
      'file',
      loaded.keyring.active(),
      1,
    ]);
  });

  it('takes a base64 value over any file and names it by fingerprint', () => {
    const key = randomBytes(32).toString('base64');
    const loaded = loadKeyring({ masterKeyBase64: key, dataDir: tempDir(), warn: () => undefined });
    expect(loaded.source).toBe('value');
    expect(loaded.keyring.active()).toMatchObject({
      version: 1,
      kekId: expect.stringMatching(/^key-[0-9a-f]{12}$/),
    });
  });

  it('reads a key file that holds one base64 key', () => {
    const file = path.join(tempDir(), 'k');
    writeFileSync(file, randomBytes(32).toString('base64') + '\n');
    expect(
      loadKeyring({ keyFile: file, dataDir: tempDir(), warn: () => undefined }).keyring.active()
        .version,
    ).toBe(1);
  });

  it.each([
    ['short', randomBytes(16).toString('base64')],
    ['not base64', 'not a key!'],
  ])('rejects a %s value with MASTER_KEY_INVALID', (_name, value) => {
    expect(() =>
      loadKeyring({ masterKeyBase64: value, dataDir: tempDir(), warn: () => undefined }),
    ).toThrow(expect.objectContaining({ code: 'MASTER_KEY_INVALID' }));
  });
});

describe('rotateKeyringFile', () => {
  it('adds a version, makes it active and keeps the old one for decryption', async () => {
    const dataDir = tempDir();
    const { file, keyring } = loadKeyring({ dataDir, warn: () => undefined });
    const rotated = await rotateKeyringFile(file);
    const wrapped = await keyring.wrapKey(Buffer.alloc(32, 7), Buffer.from('aad'));
    expect(rotated.active()).toEqual({ kekId: keyring.active().kekId, version: 2 });
    expect(await rotated.unwrapKey(wrapped.ref, wrapped.wrapped, Buffer.from('aad'))).toEqual(
      Buffer.alloc(32, 7),
    );
    expect(statSync(file ?? '').mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file ?? '', 'utf8')).keys).toHaveLength(2);
  });

  it('refuses to rotate a key given as a value', async () => {
    await expect(rotateKeyringFile(undefined)).rejects.toMatchObject({
      code: 'KEY_ROTATION_UNSUPPORTED',
    });
  });

  it('retires old versions so they fail with KEK_RETIRED', async () => {
    const { file, keyring } = loadKeyring({ dataDir: tempDir(), warn: () => undefined });
    const wrapped = await keyring.wrapKey(Buffer.alloc(32, 1), Buffer.alloc(0));
    await rotateKeyringFile(file);
    const retired = await retireKeyVersions(file ?? '', 2);
    await expect(
      retired.unwrapKey(wrapped.ref, wrapped.wrapped, Buffer.alloc(0)),
    ).rejects.toMatchObject({
      code: 'KEK_RETIRED',
    });
    expect(readKeyringFile(file ?? '').data.minDecryptVersion).toBe(2);
  });

  it('refuses an unwrap with different associated data', async () => {
    const { keyring } = loadKeyring({ dataDir: tempDir(), warn: () => undefined });
    const wrapped = await keyring.wrapKey(Buffer.alloc(32, 1), Buffer.from('blob-a'));
    await expect(
      keyring.unwrapKey(wrapped.ref, wrapped.wrapped, Buffer.from('blob-b')),
    ).rejects.toMatchObject({
      code: 'KEY_UNWRAP_FAILED',
    });
  });
});
