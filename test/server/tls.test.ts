import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/platform/http-client/index.js';
import { startTestServer, type TestServer } from '../support/running-server.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasOpenssl())('TLS', () => {
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rampart-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    server = await startTestServer({
      RAMPART_TLS_CERT: path.join(dir, 'cert.pem'),
      RAMPART_TLS_KEY: path.join(dir, 'key.pem'),
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves HTTPS when given a certificate and key', () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('is trusted by the client given the private CA', async () => {
    const client = createHttpClient({
      baseUrl: server.url,
      ca: readFileSync(path.join(dir, 'cert.pem')),
    });
    expect(await client.json('GET', '/healthz')).toEqual({ status: 'ok' });
  });

  it('is refused by a client that does not trust the certificate', async () => {
    await expect(
      createHttpClient({ baseUrl: server.url }).json('GET', '/healthz'),
    ).rejects.toMatchObject({
      code: 'HTTP_TLS_VERIFY_FAILED',
    });
  });

  it('sends HSTS over TLS', async () => {
    const client = createHttpClient({
      baseUrl: server.url,
      ca: readFileSync(path.join(dir, 'cert.pem')),
    });
    const answer = await client.stream('GET', '/healthz');
    answer.body.resume();
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
