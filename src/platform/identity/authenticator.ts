import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AuditSink } from '../audit/audit-sink.js';
import type { Actor } from './actor.js';
import { generateApiToken, hashApiToken, looksLikeApiToken } from './api-token.js';
import { constantTimeEqual } from './constant-time.js';
import { LoginFailed, LoginThrottled } from './identity.errors.js';
import type { IdentityRepository, UserRow } from './identity.repository.js';
import { normalizeEmail } from './identity.views.js';
import { dummyPasswordHash, verifyPassword } from './password-hash.js';
import {
  allPermissions,
  type ClientContext,
  type PermissionResolver,
} from './permission-resolver.js';
import {
  combineThrottle,
  DEFAULT_THROTTLE,
  evaluateThrottle,
  type ThrottlePolicy,
} from './throttle.js';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  readonly idleMs: number;
  /** A session ends this long after login, used or not. */
  readonly absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 2 * 3_600_000,
  absoluteMs: 24 * 3_600_000,
};

export interface AuthenticatorOptions {
  readonly repo: IdentityRepository;
  readonly resolver: PermissionResolver;
  readonly audit: AuditSink;
  readonly nowMs?: () => number;
  readonly session?: SessionPolicy;
  readonly throttle?: { readonly account: ThrottlePolicy; readonly client: ThrottlePolicy };
}

export interface LoginResult {
  readonly user: { readonly id: string; readonly email: string; readonly displayName: string };
  /** `session`: cookie secret + CSRF token; `token`: an API token for the CLI (shown once). */
  readonly session?: {
    readonly secret: string;
    readonly csrfToken: string;
    /** Seconds the session lives, by the authenticator's clock (the cookie's Max-Age). */
    readonly maxAgeSeconds: number;
    readonly expiresAt: string;
  };
  readonly token?: { readonly token: string; readonly id: string; readonly expiresAt: string };
}

export type Authenticated =
  { readonly ok: true; readonly actor: Actor } | { readonly ok: false; readonly reason: string };

// Writes of last-used / last-seen are skipped when the stored value is this fresh.
const TOUCH_INTERVAL_MS = 60_000;
const CLI_TOKEN_MS = 30 * 86_400_000;

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The CSRF token of a session, derived from its secret: a page can fetch it again after a reload
 * (GET /auth/session), and a cross-site attacker, who cannot read the HttpOnly cookie, cannot.
 */
export function csrfTokenFor(sessionSecret: string): string {
  return createHash('sha256').update('rampart-csrf\n').update(sessionSecret).digest('base64url');
}

/**
 * Logins (throttled per account and per client address, every failure audited), sessions with
 * idle and absolute expiry and a CSRF token, and API-token authentication. Stateless across
 * replicas: attempts, sessions and tokens live in the database.
 */
export class Authenticator {
  private readonly nowMs: () => number;
  private readonly session: SessionPolicy;
  private readonly throttle: { readonly account: ThrottlePolicy; readonly client: ThrottlePolicy };
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly options: AuthenticatorOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.session = options.session ?? DEFAULT_SESSION_POLICY;
    this.throttle = options.throttle ?? DEFAULT_THROTTLE;
  }

  async login(input: {
    email: string;
    password: string;
    as: 'session' | 'token';
    client: ClientContext;
  }): Promise<LoginResult> {
    const { repo, audit } = this.options;
    const now = this.nowMs();
    const clientIp = input.client.clientIp ?? 'unknown';
    let account: string;
    try {
      account = normalizeEmail(input.email);
    } catch {
      account = input.email.trim().toLowerCase().slice(0, 254);
    }
    const anonymous: Actor = {
      kind: 'anonymous',
      id: 'anonymous',
      label: account,
      permissions: new Set(),
      ...input.client,
    };
    const windowMs = Math.max(this.throttle.account.windowMs, this.throttle.client.windowMs);
    const failures = await repo.recentFailures(account, clientIp, now - windowMs);
    const decision = combineThrottle(
      evaluateThrottle(failures.account, now, this.throttle.account),
      evaluateThrottle(failures.client, now, this.throttle.client),
    );
    if (!decision.allowed) {
      await audit.record(anonymous, {
        action: 'auth.login',
        resource: { type: 'user' },
        outcome: 'denied',
        details: { reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds },
      });
      throw new LoginThrottled(decision.retryAfterSeconds);
    }
    const user = await repo.userByEmail(account);
    // Unknown accounts still pay for one argon2 verification, so timing does not reveal them.
    const passwordOk = await verifyPassword(
      user?.password_hash ?? (await this.dummy()),
      input.password,
    );
    if (user === undefined || !passwordOk || user.status !== 'active') {
      await repo.recordAttempt({ account, client_ip: clientIp, time_ms: now, succeeded: 0 });
      const reason =
        user === undefined
          ? 'unknown-account'
          : !passwordOk
            ? 'wrong-password'
            : 'account-disabled';
      await audit.record(anonymous, {
        action: 'auth.login',
        resource: { type: 'user', ...(user ? { id: user.id } : {}) },
        outcome: 'failed',
        details: { reason },
      });
      throw new LoginFailed();
    }
    await repo.recordAttempt({ account, client_ip: clientIp, time_ms: now, succeeded: 1 });
    await repo.clearAccountFailures(account);
    const actor = await this.options.resolver.actorForUser(user, input.client);
    const view = { id: user.id, email: user.email, displayName: user.display_name };
    if (input.as === 'token') {
      const token = await this.issueCliToken(user, now);
      await audit.record(actor, {
        action: 'auth.login',
        resource: { type: 'token', id: token.id },
        outcome: 'allowed',
        details: { via: 'cli' },
      });
      return { user: view, token };
    }
    const secret = randomBytes(32).toString('base64url');
    const csrfToken = csrfTokenFor(secret);
    const expiresAt = new Date(now + this.session.absoluteMs).toISOString();
    await repo.insertSession({
      id_hash: sha256(secret),
      user_id: user.id,
      csrf_hash: sha256(csrfToken),
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    });
    await audit.record(actor, {
      action: 'auth.login',
      resource: { type: 'session' },
      outcome: 'allowed',
      details: { via: 'web' },
    });
    return {
      user: view,
      session: {
        secret,
        csrfToken,
        expiresAt,
        maxAgeSeconds: Math.floor(this.session.absoluteMs / 1000),
      },
    };
  }

  async logout(secret: string, actor: Actor): Promise<void> {
    await this.options.repo.revokeSession(sha256(secret), new Date(this.nowMs()).toISOString());
    await this.options.audit.record(actor, {
      action: 'auth.logout',
      resource: { type: 'session' },
      outcome: 'allowed',
    });
  }

  /** Resolves a session cookie; `csrfHash` is checked by the caller on state-changing requests. */
  async authenticateSession(secret: string, client: ClientContext): Promise<Authenticated> {
    const { repo } = this.options;
    const row = await repo.session(sha256(secret));
    const now = this.nowMs();
    if (row === undefined) return { ok: false, reason: 'unknown-session' };
    if (row.revoked_at !== null) return { ok: false, reason: 'session-ended' };
    if (
      now >= Date.parse(row.expires_at) ||
      now - Date.parse(row.last_seen_at) >= this.session.idleMs
    ) {
      return { ok: false, reason: 'session-expired' };
    }
    const user = await repo.userById(row.user_id);
    if (user === undefined || user.status !== 'active')
      return { ok: false, reason: 'account-disabled' };
    if (now - Date.parse(row.last_seen_at) >= TOUCH_INTERVAL_MS)
      await repo.touchSession(row.id_hash, new Date(now).toISOString());
    return { ok: true, actor: await this.options.resolver.actorForUser(user, client) };
  }

  /** Resolves a Bearer token; revocation, expiry and a disabled owner refuse it at once. */
  async authenticateToken(token: string, client: ClientContext): Promise<Authenticated> {
    const { repo } = this.options;
    if (!looksLikeApiToken(token)) return { ok: false, reason: 'malformed-token' };
    const row = await repo.tokenByHash(hashApiToken(token));
    const now = this.nowMs();
    if (row === undefined) return { ok: false, reason: 'unknown-token' };
    if (row.revoked_at !== null) return { ok: false, reason: 'token-revoked' };
    if (row.expires_at !== null && now >= Date.parse(row.expires_at))
      return { ok: false, reason: 'token-expired' };
    const owner = await repo.userById(row.owner_id);
    if (owner === undefined || owner.status !== 'active')
      return { ok: false, reason: 'owner-disabled' };
    if (row.last_used_at === null || now - Date.parse(row.last_used_at) >= TOUCH_INTERVAL_MS) {
      await repo.touchToken(row.id, new Date(now).toISOString());
    }
    return { ok: true, actor: await this.options.resolver.actorForToken(row, owner, client) };
  }

  /** Constant-time check of a presented CSRF token against the one bound to the session. */
  csrfMatches(presented: string | undefined, sessionSecret: string): boolean {
    return presented !== undefined && constantTimeEqual(presented, csrfTokenFor(sessionSecret));
  }

  private async issueCliToken(user: UserRow, now: number) {
    const { repo, resolver } = this.options;
    const scopes = [...allPermissions(await resolver.resolve('user', user.id))];
    const { token, hash } = generateApiToken();
    const id = `tok_${randomUUID()}`;
    const expiresAt = new Date(now + CLI_TOKEN_MS).toISOString();
    await repo.insertToken({
      id,
      name: 'cli-login',
      owner_id: user.id,
      token_hash: hash,
      scopes: JSON.stringify(scopes),
      created_at: new Date(now).toISOString(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    });
    return { token, id, expiresAt };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= dummyPasswordHash();
    return this.dummyHash;
  }
}
