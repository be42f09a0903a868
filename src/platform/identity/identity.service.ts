import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditSink } from '../audit/audit-sink.js';
import type { Database } from '../store/database.js';
import type { Actor } from './actor.js';
import { generateApiToken, resolveScopes } from './api-token.js';
import { parseDuration } from './duration.js';
import {
  BindingNotFound,
  LastAdmin,
  ProjectInvalid,
  ProjectNotFound,
  RoleExists,
  RoleInvalid,
  RoleNotFound,
  TokenNotFound,
  UserExists,
  UserNotFound,
} from './identity.errors.js';
import { IdentityRepository, type TokenRow, type UserRow } from './identity.repository.js';
import {
  normalizeEmail,
  tokenView,
  userView,
  type BindingSubject,
  type BindingView,
  type RoleView,
  type TokenView,
  type UserView,
} from './identity.views.js';
import { hashPassword } from './password-hash.js';
import { checkPasswordStrength, generatePassword } from './password-policy.js';
import { isPermission } from './permissions.js';
import { allPermissions, PermissionResolver } from './permission-resolver.js';
import { BUILT_IN_ROLES, builtInRolePermissions, isBuiltInRole } from './roles.js';
import { PermissionDenied } from './require-permission.js';
import { hasPermission } from './actor.js';

export interface IdentityServiceOptions {
  readonly db: Kysely<Database>;
  readonly audit: AuditSink;
  readonly nowMs?: () => number;
  readonly random?: (n: number) => Buffer;
}

const MAX_TOKEN_DAYS = 365;

/** Users, roles, role bindings and API tokens. Every change is permission-checked and audited. */
export class IdentityService {
  readonly repo: IdentityRepository;
  readonly resolver: PermissionResolver;
  private readonly nowMs: () => number;
  private readonly random: (n: number) => Buffer;

  constructor(private readonly options: IdentityServiceOptions) {
    this.repo = new IdentityRepository(options.db);
    this.resolver = new PermissionResolver(this.repo);
    this.nowMs = options.nowMs ?? Date.now;
    this.random = options.random ?? randomBytes;
  }

  /**
   * First run: when no active global admin exists, creates one from `email`/`password` (config:
   * RAMPART_ADMIN_EMAIL / RAMPART_ADMIN_PASSWORD) or with a generated password returned once.
   */
  async bootstrapAdmin(input: { email?: string | undefined; password?: string | undefined }) {
    if ((await this.repo.countGlobalAdmins()) > 0) return { created: false as const };
    const email = normalizeEmail(input.email ?? 'admin@localhost');
    const existing = await this.repo.userByEmail(email);
    const password = input.password ?? generatePassword(this.random);
    const generatedPassword = input.password === undefined ? password : undefined;
    if (input.password !== undefined) checkPasswordStrength(password, { email });
    const system: Actor = {
      kind: 'system',
      id: 'system',
      label: 'first run',
      permissions: new Set(),
    };
    const user = existing ?? (await this.insertUser(email, 'Administrator', password));
    await this.bind('user', user.id, 'admin', '*');
    await this.audited(system, {
      action: 'user.bootstrap-admin',
      resource: { type: 'user', id: user.id },
      outcome: 'allowed',
      details: { email },
    });
    return {
      created: true as const,
      email,
      ...(generatedPassword === undefined ? {} : { generatedPassword }),
    };
  }

  async createUser(
    actor: Actor,
    input: {
      email: string;
      displayName?: string;
      role?: string;
      project?: string;
      password?: string;
    },
  ): Promise<{ user: UserView; generatedPassword?: string }> {
    await this.require(actor, 'user:manage', { action: 'user.create', resource: { type: 'user' } });
    const email = normalizeEmail(input.email);
    if (input.role !== undefined) await this.assertRole(input.role);
    if (input.project !== undefined) await this.assertProject(input.project);
    if ((await this.repo.userByEmail(email)) !== undefined) throw new UserExists(email);
    const password = input.password ?? generatePassword(this.random);
    const generatedPassword = input.password === undefined ? password : undefined;
    if (input.password !== undefined)
      checkPasswordStrength(input.password, {
        email,
        ...(input.displayName ? { displayName: input.displayName } : {}),
      });
    const user = await this.insertUser(
      email,
      input.displayName ?? email.split('@')[0] ?? email,
      password,
    );
    if (input.role !== undefined)
      await this.bind('user', user.id, input.role, input.project ?? '*');
    await this.audited(actor, {
      action: 'user.create',
      resource: { type: 'user', id: user.id },
      ...(input.project === undefined ? {} : { project: input.project }),
      outcome: 'allowed',
      details: { email, role: input.role ?? null },
    });
    return {
      user: userView(user),
      ...(generatedPassword === undefined ? {} : { generatedPassword }),
    };
  }

  async listUsers(actor: Actor): Promise<UserView[]> {
    await this.require(actor, 'user:manage', { action: 'user.list', resource: { type: 'user' } });
    const users = (await this.repo.listUsers()).map(userView);
    await this.audited(actor, {
      action: 'user.list',
      resource: { type: 'user' },
      outcome: 'allowed',
      details: { returned: users.length },
    });
    return users;
  }

  /** Disables a user and revokes their sessions and tokens at once. */
  async disableUser(actor: Actor, email: string): Promise<UserView> {
    await this.require(actor, 'user:manage', {
      action: 'user.disable',
      resource: { type: 'user' },
    });
    const user = await this.userOrThrow(email);
    const nowIso = this.nowIso();
    const isAdmin = (await this.repo.bindingsOf('user', user.id)).some(
      (b) => b.role === 'admin' && b.project === '*',
    );
    if (isAdmin && user.status === 'active' && (await this.repo.countGlobalAdmins()) <= 1)
      throw new LastAdmin();
    await this.repo.setUserStatus(user.id, 'disabled', nowIso);
    await this.repo.revokeUserCredentials(user.id, nowIso);
    await this.audited(actor, {
      action: 'user.disable',
      resource: { type: 'user', id: user.id },
      outcome: 'allowed',
      details: { email: user.email },
    });
    return userView({ ...user, status: 'disabled' });
  }

  async listRoles(actor: Actor): Promise<RoleView[]> {
    await this.require(actor, 'role:manage', { action: 'role.list', resource: { type: 'role' } });
    const custom = await this.repo.customRoles();
    return [
      ...BUILT_IN_ROLES.map((r) => ({
        name: r.name,
        description: r.description,
        builtIn: true,
        permissions: builtInRolePermissions(r.name) ?? [],
      })),
      ...custom.map((r) => ({
        name: r.name,
        description: r.description,
        builtIn: false,
        permissions: JSON.parse(r.permissions) as string[],
      })),
    ];
  }

  async createRole(
    actor: Actor,
    input: { name: string; permissions: readonly string[]; description?: string },
  ): Promise<RoleView> {
    await this.require(actor, 'role:manage', {
      action: 'role.create',
      resource: { type: 'role', id: input.name },
    });
    if (!/^[a-z][a-z0-9-]{1,47}$/.test(input.name))
      throw new RoleInvalid('the name must be 2-48 characters of a-z, 0-9 and -');
    if (isBuiltInRole(input.name)) throw new RoleExists(input.name);
    const unknown = input.permissions.filter((p) => !isPermission(p));
    if (unknown.length > 0 || input.permissions.length === 0) {
      throw new RoleInvalid(
        unknown.length > 0 ? `unknown permissions ${unknown.join(', ')}` : 'no permissions given',
      );
    }
    if ((await this.resolver.customRoles()).has(input.name)) throw new RoleExists(input.name);
    const permissions = [...new Set(input.permissions)];
    const description = input.description ?? '';
    await this.repo.insertRole({
      name: input.name,
      description,
      permissions: JSON.stringify(permissions),
      created_at: this.nowIso(),
    });
    await this.audited(actor, {
      action: 'role.create',
      resource: { type: 'role', id: input.name },
      outcome: 'allowed',
      details: { permissions },
    });
    return { name: input.name, description, builtIn: false, permissions };
  }

  async listBindings(actor: Actor): Promise<BindingView[]> {
    await this.require(actor, 'user:manage', {
      action: 'binding.list',
      resource: { type: 'binding' },
    });
    const users = new Map((await this.repo.listUsers()).map((u) => [u.id, u.email]));
    await this.audited(actor, {
      action: 'binding.list',
      resource: { type: 'binding' },
      outcome: 'allowed',
    });
    return (await this.repo.listBindings()).map((b) => ({
      id: b.id,
      subject: b.subject_kind === 'user' ? (users.get(b.subject_id) ?? b.subject_id) : b.subject_id,
      subjectKind: b.subject_kind,
      role: b.role,
      project: b.project === '*' ? null : b.project,
      createdAt: b.created_at,
    }));
  }

  async addBinding(
    actor: Actor,
    input: { subject: BindingSubject; role: string; project?: string },
  ): Promise<BindingView> {
    await this.require(actor, 'user:manage', {
      action: 'binding.add',
      resource: { type: 'binding' },
    });
    const [kind, id, label] = await this.subject(input.subject);
    await this.assertRole(input.role);
    if (input.project !== undefined) await this.assertProject(input.project);
    const project = input.project ?? '*';
    const existing = await this.repo.findBinding(kind, id, input.role, project);
    const row = existing ?? (await this.bind(kind, id, input.role, project));
    await this.audited(actor, {
      action: 'binding.add',
      resource: { type: 'binding', id: row.id },
      ...(input.project === undefined ? {} : { project: input.project }),
      outcome: 'allowed',
      details: { subject: label, role: input.role },
    });
    return {
      id: row.id,
      subject: label,
      subjectKind: kind,
      role: input.role,
      project: input.project ?? null,
      createdAt: row.created_at,
    };
  }

  async removeBinding(
    actor: Actor,
    input: { subject: BindingSubject; role: string; project?: string },
  ): Promise<void> {
    await this.require(actor, 'user:manage', {
      action: 'binding.remove',
      resource: { type: 'binding' },
    });
    const [kind, id, label] = await this.subject(input.subject);
    const row = await this.repo.findBinding(kind, id, input.role, input.project ?? '*');
    if (row === undefined) throw new BindingNotFound();
    if (
      input.role === 'admin' &&
      row.project === '*' &&
      kind === 'user' &&
      (await this.repo.countGlobalAdmins()) <= 1
    )
      throw new LastAdmin();
    await this.repo.deleteBinding(row.id);
    await this.audited(actor, {
      action: 'binding.remove',
      resource: { type: 'binding', id: row.id },
      ...(input.project === undefined ? {} : { project: input.project }),
      outcome: 'allowed',
      details: { subject: label, role: input.role },
    });
  }

  /**
   * Creates an API token for `user` (default: the caller's own user). Scopes default to every
   * permission the owner holds and must be a subset of them. The token is returned once.
   */
  async createToken(
    actor: Actor,
    input: { name: string; user?: string; scopes?: readonly string[]; expires?: string },
  ): Promise<{ token: string; view: TokenView }> {
    await this.require(actor, 'token:manage', {
      action: 'token.create',
      resource: { type: 'token' },
    });
    const owner =
      input.user !== undefined ? await this.userOrThrow(input.user) : await this.callerUser(actor);
    const ownerPerms = allPermissions(await this.resolver.resolve('user', owner.id));
    const scopes =
      input.scopes === undefined || input.scopes.length === 0
        ? [...ownerPerms]
        : resolveScopes(input.scopes, ownerPerms);
    const expiresAt = new Date(
      this.nowMs() + parseDuration(input.expires ?? '90d', { maxDays: MAX_TOKEN_DAYS }),
    ).toISOString();
    const { token, hash } = generateApiToken(this.random);
    const row: TokenRow = {
      id: `tok_${randomUUID()}`,
      name: input.name.slice(0, 100),
      owner_id: owner.id,
      token_hash: hash,
      scopes: JSON.stringify(scopes),
      created_at: this.nowIso(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    };
    await this.repo.insertToken(row);
    await this.audited(actor, {
      action: 'token.create',
      resource: { type: 'token', id: row.id },
      outcome: 'allowed',
      details: { name: row.name, owner: owner.email, scopes, expiresAt },
    });
    return { token, view: tokenView(row, owner.email) };
  }

  async listTokens(actor: Actor, input: { user?: string } = {}): Promise<TokenView[]> {
    await this.require(actor, 'token:manage', {
      action: 'token.list',
      resource: { type: 'token' },
    });
    const users = new Map((await this.repo.listUsers()).map((u) => [u.id, u.email]));
    const owner = input.user === undefined ? undefined : await this.userOrThrow(input.user);
    const tokens = (await this.repo.listTokens(owner?.id)).map((t) =>
      tokenView(t, users.get(t.owner_id) ?? t.owner_id),
    );
    await this.audited(actor, {
      action: 'token.list',
      resource: { type: 'token' },
      outcome: 'allowed',
      details: { returned: tokens.length },
    });
    return tokens;
  }

  /** Revokes a token; the next request that presents it is refused. */
  async revokeToken(actor: Actor, id: string): Promise<void> {
    await this.require(actor, 'token:manage', {
      action: 'token.revoke',
      resource: { type: 'token', id },
    });
    const row = await this.repo.tokenById(id);
    if (row === undefined) throw new TokenNotFound(id);
    await this.repo.revokeToken(id, this.nowIso());
    await this.audited(actor, {
      action: 'token.revoke',
      resource: { type: 'token', id },
      outcome: 'allowed',
      details: { name: row.name },
    });
  }

  /** Creates a project (projects scope resources and bindings). */
  async createProject(
    actor: Actor,
    input: { id: string; description?: string },
  ): Promise<{ id: string }> {
    await this.require(actor, 'project:manage', {
      action: 'project.create',
      resource: { type: 'project', id: input.id },
    });
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.id)) throw new ProjectInvalid(input.id);
    if (!(await this.repo.projectExists(input.id)))
      await this.repo.insertProject(input.id, input.description ?? '', this.nowIso());
    await this.audited(actor, {
      action: 'project.create',
      resource: { type: 'project', id: input.id },
      project: input.id,
      outcome: 'allowed',
    });
    return { id: input.id };
  }

  // --- helpers -------------------------------------------------------------------------------

  private async require(
    actor: Actor,
    permission: string,
    entry: Omit<AuditEntry, 'outcome'>,
  ): Promise<void> {
    if (hasPermission(actor, permission)) return;
    await this.audited(actor, { ...entry, outcome: 'denied', details: { permission } });
    throw new PermissionDenied(permission);
  }

  private async audited(actor: Actor, entry: AuditEntry): Promise<void> {
    await this.options.audit.record(actor, entry);
  }

  private async insertUser(email: string, displayName: string, password: string): Promise<UserRow> {
    const nowIso = this.nowIso();
    const row: UserRow = {
      id: `usr_${randomUUID()}`,
      email,
      display_name: displayName.slice(0, 100),
      password_hash: await hashPassword(password),
      status: 'active',
      created_at: nowIso,
      updated_at: nowIso,
    };
    await this.repo.insertUser(row);
    return row;
  }

  private async bind(kind: string, id: string, role: string, project: string) {
    const existing = await this.repo.findBinding(kind, id, role, project);
    if (existing !== undefined) return existing;
    const row = {
      id: `bnd_${randomUUID()}`,
      subject_kind: kind,
      subject_id: id,
      role,
      project,
      created_at: this.nowIso(),
    };
    await this.repo.insertBinding(row);
    return row;
  }

  private async subject(subject: BindingSubject): Promise<['user' | 'token', string, string]> {
    if ('user' in subject) {
      const user = await this.userOrThrow(subject.user);
      return ['user', user.id, user.email];
    }
    const token = await this.repo.tokenById(subject.tokenId);
    if (token === undefined) throw new TokenNotFound(subject.tokenId);
    return ['token', token.id, token.name];
  }

  private async userOrThrow(emailOrId: string): Promise<UserRow> {
    const user = emailOrId.startsWith('usr_')
      ? await this.repo.userById(emailOrId)
      : await this.repo.userByEmail(normalizeEmail(emailOrId));
    if (user === undefined) throw new UserNotFound(emailOrId);
    return user;
  }

  private async callerUser(actor: Actor): Promise<UserRow> {
    if (actor.kind === 'user') return this.userOrThrow(actor.id);
    if (actor.kind === 'token') {
      const token = await this.repo.tokenById(actor.id);
      if (token !== undefined) return this.userOrThrow(token.owner_id);
    }
    throw new UserNotFound('(the caller; pass --user EMAIL)');
  }

  private async assertRole(role: string): Promise<void> {
    if (isBuiltInRole(role)) return;
    if (!(await this.resolver.customRoles()).has(role)) throw new RoleNotFound(role);
  }

  private async assertProject(project: string): Promise<void> {
    if (!(await this.repo.projectExists(project))) throw new ProjectNotFound(project);
  }

  private nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }
}

export {
  normalizeEmail,
  type BindingSubject,
  type BindingView,
  type RoleView,
  type TokenView,
  type UserView,
} from './identity.views.js';
