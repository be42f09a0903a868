import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, isPrivateAddress } from './http-client.js';

describe('createHttpClient', () => {
  let server: http.Server;
  let baseUrl: string;
  const seen: { authorization?: string | undefined; body?: string } = {};
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.authorization = req.headers.authorization;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.body = Buffer.concat(chunks).toString();
        if (req.url === '/ok?x=1') return res.end(JSON.stringify({ hello: 'world' }));
        if (req.url === '/denied') {
          res.statusCode = 403;
          return res.end(
            JSON.stringify({
              error: { code: 'PERMISSION_DENIED', message: 'no', hint: 'ask', requestId: 'r1' },
            }),
          );
        }
        if (req.url === '/html') {
          res.statusCode = 502;
          return res.end('<html>proxy error</html>');
        }
        if (req.url === '/big') return res.end('x'.repeat(10_000));
        if (req.url === '/slow') return setTimeout(() => res.end('{}'), 2_000);
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the token as a Bearer header and parses JSON', async () => {
    const client = createHttpClient({ baseUrl, token: 'rmp_secret' });
    expect(await client.json('POST', '/ok', { query: { x: 1 }, json: { a: 1 } })).toEqual({
      hello: 'world',
    });
    expect(seen).toMatchObject({ authorization: 'Bearer rmp_secret', body: '{"a":1}' });
  });

  it("re-raises the server's coded error with its status and hint", async () => {
    const client = createHttpClient({ baseUrl });
    await expect(client.json('GET', '/denied')).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      status: 403,
      hint: 'ask',
    });
  });

  it('reports an answer that is not the error envelope as HTTP_BAD_ANSWER', async () => {
    await expect(createHttpClient({ baseUrl }).json('GET', '/html')).rejects.toMatchObject({
      code: 'HTTP_BAD_ANSWER',
    });
  });

  it('stops reading past maxResponseBytes', async () => {
    await expect(
      createHttpClient({ baseUrl, maxResponseBytes: 100 }).json('GET', '/big'),
    ).rejects.toMatchObject({
      code: 'HTTP_RESPONSE_TOO_LARGE',
    });
  });

  it('times out with HTTP_TIMEOUT', async () => {
    await expect(
      createHttpClient({ baseUrl, timeoutMs: 100 }).json('GET', '/slow'),
    ).rejects.toMatchObject({ code: 'HTTP_TIMEOUT' });
  });

  it('reports a refused connection as HTTP_UNREACHABLE', async () => {
    await expect(
      createHttpClient({ baseUrl: 'http://127.0.0.1:1' }).json('GET', '/'),
    ).rejects.toMatchObject({
      code: 'HTTP_UNREACHABLE',
    });
  });

  it('blocks private destinations when asked (SSRF guard)', async () => {
    await expect(
      createHttpClient({ baseUrl, blockPrivateNetworks: true }).json('GET', '/ok'),
    ).rejects.toMatchObject({
      code: 'HTTP_DESTINATION_BLOCKED',
    });
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['fd00::1', true],
    ['::ffff:10.0.0.1', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['2001:4860::8888', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
