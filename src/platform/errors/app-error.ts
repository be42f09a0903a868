/**
 * The one error type we raise on purpose. Every subclass has a stable `code`
 * (UPPER_SNAKE, documented in docs/errors.md), an HTTP `status`, a message that
 * states the problem in the user's terms and a `hint` saying what to do next.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;

  constructor(
    message: string,
    readonly hint: string,
    readonly details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** True when `err` is an AppError (also across module copies). */
export function isAppError(err: unknown): err is AppError {
  return (
    err instanceof AppError ||
    (err instanceof Error &&
      typeof (err as Partial<AppError>).code === 'string' &&
      typeof (err as Partial<AppError>).status === 'number' &&
      typeof (err as Partial<AppError>).hint === 'string')
  );
}
