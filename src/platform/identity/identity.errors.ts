import { AppError } from '../errors/app-error.js';

/** The password is too short, too long, or on/near the breached list. */
export class PasswordTooWeak extends AppError {
  readonly code = 'IDENTITY_PASSWORD_WEAK';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The password is not acceptable: ${reason}.`,
      'Use a passphrase of at least 12 characters that is not a common password, a keyboard pattern or derived from the email address (or omit it to get a generated one).',
      { reason },
    );
  }
}

/** A duration like `30d` could not be parsed or is out of bounds. */
export class InvalidDuration extends AppError {
  readonly code = 'IDENTITY_DURATION_INVALID';
  readonly status = 400;
  constructor(input: string, maxDays: number) {
    super(
      `"${input.slice(0, 40)}" is not a valid expiry.`,
      `Write a whole number followed by m, h, d or w, e.g. 12h or 30d, up to ${maxDays}d.`,
      { input: input.slice(0, 40) },
    );
  }
}

/** A token asked for scopes its owner does not hold, or for unknown permissions. */
export class ScopesNotAllowed extends AppError {
  readonly code = 'IDENTITY_SCOPES_NOT_ALLOWED';
  readonly status = 403;
  constructor(scopes: readonly string[]) {
    super(
      `The token cannot carry these scopes: ${scopes.join(', ')}.`,
      "Scopes must be known permissions the token's owner holds; list them with `rampart roles list`.",
      { scopes },
    );
  }
}

/** Too many failed logins for this account or client address. */
export class LoginThrottled extends AppError {
  readonly code = 'IDENTITY_LOGIN_THROTTLED';
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(
      'Too many failed sign-in attempts.',
      `Wait ${retryAfterSeconds} seconds before trying again; an administrator can reset the password meanwhile.`,
      { retryAfterSeconds },
    );
  }
}
