import type { Generated, Kysely } from 'kysely';
import type { Database } from '../store/database.js';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}
export interface TokenRow {
  id: string;
  name: string;
  owner_id: string;
  token_hash: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}
export interface BindingRow {
  id: string;
  subject_kind: string;
  subject_id: string;
  role: string;
  project: string;
  created_at: string;
}
export interface SessionRow {
  id_hash: string;
  user_id: string;
  csrf_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

declare module '../store/database.js' {
  interface Database {
    projects: { id: string; description: string; created_at: string };
    users: UserRow;
    roles: { name: string; description: string; permissions: string; created_at: string };
    role_bindings: BindingRow;
    api_tokens: TokenRow;
    sessions: SessionRow;
    login_attempts: {
      id: Generated<number>;
      account: string;
      client_ip: string;
      time_ms: number;
      succeeded: number;
    };
  }
}

/** SQL of users, roles, bindings, tokens, sessions and login attempts; nothing else. */
export class IdentityRepository {
  constructor(readonly db: Kysely<Database>) {}

  userByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }
  userById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }
  listUsers(): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().orderBy('email').execute();
  }
  async insertUser(row: UserRow): Promise<void> {
    await this.db.insertInto('users').values(row).execute();
  }
  async setUserStatus(id: string, status: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ status, updated_at: nowIso })
      .where('id', '=', id)
      .execute();
  }

  projectExists(id: string): Promise<boolean> {
    return this.db
      .selectFrom('projects')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
      .then((r) => r !== undefined);
  }
  async insertProject(id: string, description: string, nowIso: string): Promise<void> {
    await this.db.insertInto('projects').values({ id, description, created_at: nowIso }).execute();
  }
  listProjects(): Promise<{ id: string; description: string; created_at: string }[]> {
    return this.db.selectFrom('projects').selectAll().orderBy('id').execute();
  }

  customRoles(): Promise<
    { name: string; description: string; permissions: string; created_at: string }[]
  > {
    return this.db.selectFrom('roles').selectAll().orderBy('name').execute();
  }
  async insertRole(row: {
    name: string;
    description: string;
    permissions: string;
    created_at: string;
  }): Promise<void> {
    await this.db.insertInto('roles').values(row).execute();
  }

  bindingsOf(kind: string, id: string): Promise<BindingRow[]> {
    return this.db
      .selectFrom('role_bindings')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', id)
      .execute();
  }
  listBindings(): Promise<BindingRow[]> {
    return this.db.selectFrom('role_bindings').selectAll().orderBy('created_at').execute();
  }
  findBinding(
    kind: string,
    id: string,
    role: string,
    project: string,
  ): Promise<BindingRow | undefined> {
    return this.db
      .selectFrom('role_bindings')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', id)
      .where('role', '=', role)
      .where('project', '=', project)
      .executeTakeFirst();
  }
  async insertBinding(row: BindingRow): Promise<void> {
    await this.db.insertInto('role_bindings').values(row).execute();
  }
  async deleteBinding(id: string): Promise<void> {
    await this.db.deleteFrom('role_bindings').where('id', '=', id).execute();
  }
  async countGlobalAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('role_bindings')
      .innerJoin('users', 'users.id', 'role_bindings.subject_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role_bindings.subject_kind', '=', 'user')
      .where('role_bindings.role', '=', 'admin')
      .where('role_bindings.project', '=', '*')
      .where('users.status', '=', 'active')
      .executeTakeFirstOrThrow();
    return row.n;
  }

  async insertToken(row: TokenRow): Promise<void> {
    await this.db.insertInto('api_tokens').values(row).execute();
  }
  tokenByHash(hash: string): Promise<TokenRow | undefined> {
    return this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst();
  }
  tokenById(id: string): Promise<TokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }
  listTokens(ownerId?: string): Promise<TokenRow[]> {
    let q = this.db.selectFrom('api_tokens').selectAll();
    if (ownerId !== undefined) q = q.where('owner_id', '=', ownerId);
    return q.orderBy('created_at').execute();
  }
  async revokeToken(id: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }
  async touchToken(id: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: nowIso })
      .where('id', '=', id)
      .execute();
  }

  async insertSession(row: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }
  session(idHash: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
  }
  async touchSession(idHash: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: nowIso })
      .where('id_hash', '=', idHash)
      .execute();
  }
  async revokeSession(idHash: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ revoked_at: nowIso })
      .where('id_hash', '=', idHash)
      .execute();
  }
  async revokeUserCredentials(userId: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ revoked_at: nowIso })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso })
      .where('owner_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async recordAttempt(row: {
    account: string;
    client_ip: string;
    time_ms: number;
    succeeded: number;
  }): Promise<void> {
    await this.db.insertInto('login_attempts').values(row).execute();
  }
  /** Failure times since `sinceMs` for the account and for the client address. */
  async recentFailures(
    account: string,
    clientIp: string,
    sinceMs: number,
  ): Promise<{ account: number[]; client: number[] }> {
    const rows = await this.db
      .selectFrom('login_attempts')
      .select(['account', 'client_ip', 'time_ms'])
      .where('succeeded', '=', 0)
      .where('time_ms', '>', sinceMs)
      .where((eb) => eb.or([eb('account', '=', account), eb('client_ip', '=', clientIp)]))
      .execute();
    return {
      account: rows.filter((r) => r.account === account).map((r) => r.time_ms),
      client: rows.filter((r) => r.client_ip === clientIp).map((r) => r.time_ms),
    };
  }
  /** Forgets failures of an account after a successful login (the address keeps its count). */
  async clearAccountFailures(account: string): Promise<void> {
    await this.db
      .deleteFrom('login_attempts')
      .where('account', '=', account)
      .where('succeeded', '=', 0)
      .execute();
  }
}
