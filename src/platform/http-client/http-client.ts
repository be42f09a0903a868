import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import {
  HttpBadAnswer,
  HttpDestinationBlocked,
  HttpResponseTooLarge,
  HttpTimeout,
  HttpTlsFailed,
  HttpUnreachable,
  RemoteError,
} from './http-client.errors.js';

export interface HttpClientOptions {
  /** Base URL, e.g. `https://rampart.example.com`. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer …`; never logged, never put in a URL. */
  readonly token?: string | undefined;
  /** PEM bytes of extra CAs to trust (a private CA). Certificates are always verified. */
  readonly ca?: string | Buffer | undefined;
  readonly timeoutMs?: number;
  /** Largest answer body read into memory for JSON. */
  readonly maxResponseBytes?: number;
  /** Refuse private, loopback and link-local destinations (server-side integrations: SSRF guard). */
  readonly blockPrivateNetworks?: boolean;
  readonly userAgent?: string;
}

export interface RequestOptions {
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly json?: unknown;
  /** A streamed body (uploads); sent as application/octet-stream unless `contentType` is set. */
  readonly body?: Readable | Buffer;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpClient {
  /** Sends a request and parses the JSON answer; an error answer throws RemoteError with its code. */
  json<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** Sends a request and returns the answer body as a stream (downloads); errors as for json(). */
  stream(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Readable }>;
}

/**
 * The one way Rampart makes outbound HTTP requests: timeouts, size limits, TLS verification with
 * an optional private CA, an optional SSRF guard, and Rampart's error envelope turned back into a
 * coded error.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const base = new URL(options.baseUrl);

  async function send(
    method: string,
    path: string,
    request: RequestOptions = {},
  ): Promise<http.IncomingMessage> {
    const url = new URL(
      path.replace(/^\//, ''),
      base.href.endsWith('/') ? base.href : base.href + '/',
    );
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    if (options.blockPrivateNetworks === true) await assertPublicDestination(url.hostname);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': options.userAgent ?? 'rampart-cli',
      ...request.headers,
    };
    if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
    let payload: Buffer | Readable | undefined;
    if (request.json !== undefined) {
      payload = Buffer.from(JSON.stringify(request.json));
      headers['content-type'] = 'application/json';
    } else if (request.body !== undefined) {
      payload = request.body;
      headers['content-type'] = request.contentType ?? 'application/octet-stream';
    }
    if (Buffer.isBuffer(payload)) headers['content-length'] = String(payload.length);
    const target = `${url.protocol}//${url.host}`;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        {
          method,
          headers,
          timeout: timeoutMs,
          ...(url.protocol === 'https:' && options.ca !== undefined ? { ca: options.ca } : {}),
        },
        resolve,
      );
      req.on('timeout', () => req.destroy(new HttpTimeout(target, timeoutMs)));
      req.on('error', (err: NodeJS.ErrnoException) => reject(classify(err, target)));
      if (payload === undefined) req.end();
      else if (Buffer.isBuffer(payload)) req.end(payload);
      else {
        payload.on('error', (err) => req.destroy(err));
        payload.pipe(req);
      }
    });
  }

  async function readBody(response: http.IncomingMessage, target: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxResponseBytes) {
        response.destroy();
        throw new HttpResponseTooLarge(target, maxResponseBytes);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  async function throwIfError(response: http.IncomingMessage, target: string): Promise<void> {
    const status = response.statusCode ?? 0;
    if (status < 400) return;
    const body = await readBody(response, target);
    let parsed:
      | { error?: { code?: string; message?: string; hint?: string; requestId?: string } }
      | undefined;
    try {
      parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
    } catch {
      throw new HttpBadAnswer(target, status);
    }
    const e = parsed?.error;
    if (e?.code === undefined) throw new HttpBadAnswer(target, status);
    throw new RemoteError({
      code: e.code,
      status,
      message: e.message ?? 'The server refused the request.',
      hint: e.hint ?? '',
      ...(e.requestId === undefined ? {} : { requestId: e.requestId }),
    });
  }

  return {
    async json<T>(method: string, path: string, request?: RequestOptions): Promise<T> {
      const target = base.origin;
      const response = await send(method, path, request);
      await throwIfError(response, target);
      const body = await readBody(response, target);
      if (body.length === 0) return undefined as T;
      try {
        return JSON.parse(body.toString('utf8')) as T;
      } catch {
        throw new HttpBadAnswer(target, response.statusCode ?? 0);
      }
    },
    async stream(method, path, request) {
      const response = await send(method, path, request);
      await throwIfError(response, base.origin);
      return { status: response.statusCode ?? 0, headers: response.headers, body: response };
    },
  };
}

function classify(err: NodeJS.ErrnoException, target: string): Error {
  if (err instanceof HttpTimeout) return err;
  const code = err.code ?? '';
  if (
    code.startsWith('ERR_TLS') ||
    code.includes('CERT') ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
    code === 'SELF_SIGNED_CERT_IN_CHAIN'
  ) {
    return new HttpTlsFailed(target, code, { cause: err });
  }
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
  };
  return new HttpUnreachable(target, reasons[code] ?? (code || 'network error'), { cause: err });
}

/** Throws HttpDestinationBlocked when `host` is or resolves to a non-public address. */
export async function assertPublicDestination(host: string): Promise<void> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses =
    isIP(bare) !== 0
      ? [bare]
      : (await lookup(bare, { all: true }).catch(() => [])).map((a) => a.address);
  for (const address of addresses) {
    if (isPrivateAddress(address)) throw new HttpDestinationBlocked(host, address);
  }
}

/** Loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified and metadata addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = address.toLowerCase();
  return (
    lower === '::1' ||
    lower === '::' ||
    lower.startsWith('fc') ||
    lower.startsWith('fd') ||
    lower.startsWith('fe80')
  );
}
