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

/** Wrong email or password (deliberately not saying which). */
export class LoginFailed extends AppError {
  readonly code = 'IDENTITY_LOGIN_FAILED';
  readonly status = 401;
  constructor() {
    super(
      'The email or password is wrong, or the account is disabled.',
      'Check both and try again; after 5 failures the account is locked for 15 minutes.',
    );
  }
}

export class EmailInvalid extends AppError {
  readonly code = 'IDENTITY_EMAIL_INVALID';
  readonly status = 400;
  constructor() {
    super('That is not a valid email address.', 'Give an address like jane@example.com.');
  }
}

export class UserExists extends AppError {
  readonly code = 'IDENTITY_USER_EXISTS';
  readonly status = 409;
  constructor(email: string) {
    super(
      `A user with the email ${email} already exists.`,
      'Use `rampart users list` to see users, or pick another email.',
      { email },
    );
  }
}

export class UserNotFound extends AppError {
  readonly code = 'IDENTITY_USER_NOT_FOUND';
  readonly status = 404;
  constructor(who: string) {
    super(`There is no user ${who}.`, 'List users with `rampart users list`.', { user: who });
  }
}

export class RoleNotFound extends AppError {
  readonly code = 'IDENTITY_ROLE_NOT_FOUND';
  readonly status = 404;
  constructor(name: string) {
    super(
      `There is no role ${name}.`,
      'List roles with `rampart roles list`, or create one with `rampart roles create`.',
      { role: name },
    );
  }
}

export class RoleInvalid extends AppError {
  readonly code = 'IDENTITY_ROLE_INVALID';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The role cannot be created: ${reason}.`,
      'Use a lower-case name (a-z, 0-9, -) that is not built in, and known permissions (see docs/rbac.md).',
      { reason },
    );
  }
}

export class RoleExists extends AppError {
  readonly code = 'IDENTITY_ROLE_EXISTS';
  readonly status = 409;
  constructor(name: string) {
    super(
      `The role ${name} already exists.`,
      'Pick another name; built-in roles cannot be redefined.',
      { role: name },
    );
  }
}

export class ProjectNotFound extends AppError {
  readonly code = 'IDENTITY_PROJECT_NOT_FOUND';
  readonly status = 404;
  constructor(project: string) {
    super(`There is no project ${project}.`, 'Use `default`, or create the project first.', {
      project,
    });
  }
}

export class BindingNotFound extends AppError {
  readonly code = 'IDENTITY_BINDING_NOT_FOUND';
  readonly status = 404;
  constructor() {
    super(
      'No such role binding exists.',
      'List bindings with `rampart bindings list` and remove one of those.',
    );
  }
}

export class TokenNotFound extends AppError {
  readonly code = 'IDENTITY_TOKEN_NOT_FOUND';
  readonly status = 404;
  constructor(id: string) {
    super(`There is no API token ${id}.`, 'List tokens with `rampart tokens list`.', { id });
  }
}

export class LastAdmin extends AppError {
  readonly code = 'IDENTITY_LAST_ADMIN';
  readonly status = 409;
  constructor() {
    super(
      'This would leave no active administrator.',
      'Give another user the admin role first (`rampart bindings add --role admin`).',
    );
  }
}

/** Credentials were presented but are not valid (unknown, revoked, expired, owner disabled). */
export class AuthInvalid extends AppError {
  readonly code = 'AUTH_INVALID';
  readonly status = 401;
  constructor(reason: string) {
    super(
      'The token or session is not valid.',
      'Log in again (`rampart login`) or create a new token; revoked and expired tokens stop working at once.',
      { reason },
    );
  }
}

/** An API token was put in the URL, where logs and proxies would keep it. */
export class TokenInQuery extends AppError {
  readonly code = 'AUTH_TOKEN_IN_QUERY';
  readonly status = 400;
  constructor() {
    super(
      'API tokens are not accepted in the query string.',
      'Send the token in the header `Authorization: Bearer rmp_…`, and revoke this one: URLs end up in logs.',
    );
  }
}

/** A state-changing request with a session cookie lacked the session's CSRF token. */
export class CsrfFailed extends AppError {
  readonly code = 'AUTH_CSRF_FAILED';
  readonly status = 403;
  constructor() {
    super(
      'The request is missing the CSRF token of your session.',
      'Send the `x-csrf-token` header with the token from the login answer or GET /api/v1/auth/session.',
    );
  }
}

/** An online CLI command found no token for the server. */
export class CliNotLoggedIn extends AppError {
  readonly code = 'IDENTITY_CLI_NOT_LOGGED_IN';
  readonly status = 401;
  constructor(server: string) {
    super(
      `No API token for ${server}.`,
      `Run \`rampart login --server ${server} --email YOU\`, or set RAMPART_TOKEN.`,
      { server },
    );
  }
}

export class ProjectInvalid extends AppError {
  readonly code = 'IDENTITY_PROJECT_INVALID';
  readonly status = 400;
  constructor(id: string) {
    super(
      `"${id.slice(0, 63)}" is not a valid project id.`,
      'Use 1-63 characters of a-z, 0-9 and -, starting with a letter or digit.',
      { id: id.slice(0, 63) },
    );
  }
}
