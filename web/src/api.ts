/** Fetches JSON from the Rampart API; throws an Error carrying the API's error code and hint. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code: string; message: string; hint: string } } | undefined)
      ?.error;
    throw new ApiError(
      error?.code ?? 'HTTP_' + String(response.status),
      error?.message ?? response.statusText,
      error?.hint ?? '',
    );
  }
  return body as T;
}
