/** A coded error answer from the Rampart API (or a network failure). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
    readonly status: number,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

/** Set after login or from /auth/session; sent with every state-changing request. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

interface RequestOptions {
  readonly json?: unknown;
  readonly body?: Blob | ArrayBuffer;
  readonly query?: Readonly<Record<string, string>>;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    body = options.body;
  }
  if (method !== 'GET' && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  const query =
    options.query === undefined ? '' : '?' + new URLSearchParams(options.query).toString();
  let response: Response;
  try {
    response = await fetch(path + query, {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      'NETWORK',
      'The server could not be reached.',
      'Check that rampart serve is running.',
      0,
    );
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (
      payload as { error?: { code: string; message: string; hint: string } } | undefined
    )?.error;
    throw new ApiError(
      error?.code ?? `HTTP_${String(response.status)}`,
      error?.message ?? response.statusText,
      error?.hint ?? '',
      response.status,
    );
  }
  return payload as T;
}

export const getJson = <T>(path: string, query?: Record<string, string>) =>
  request<T>('GET', path, query === undefined ? {} : { query });
export const postJson = <T>(path: string, json: unknown) => request<T>('POST', path, { json });
export const postFile = <T>(path: string, file: Blob, query: Record<string, string>) =>
  request<T>('POST', path, { body: file, query });
