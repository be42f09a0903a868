import { readFileSync } from 'node:fs';
import type { AuditRecordRow } from '../audit/audit-record.js';
import type { AuditRecordFilter } from '../audit/audit.repository.js';
import type { CheckpointView } from '../audit/audit.service.js';
import { parseVerifierKey } from '../audit/signed-note.js';
import { LogVerifier, type CheckpointRow, type VerifyReport } from '../audit/verify-log.js';
import type { Config } from '../config/index.js';
import { createHttpClient, type HttpClient } from '../http-client/index.js';
import { openStore } from '../store/index.js';
import { systemActor } from './actor.js';
import { readStoredToken } from './cli-credentials.js';
import { CliNotLoggedIn } from './identity.errors.js';
import type {
  BindingSubject,
  BindingView,
  RoleView,
  TokenView,
  UserView,
} from './identity.service.js';
import { createSecurityServices } from './security-services.js';
import { PERMISSIONS } from './permissions.js';

export type RecordFilter = Omit<AuditRecordFilter, 'projects'> & { project?: string };
export type BindingInput = { subject: BindingSubject; role: string; project?: string };

/**
 * What the admin commands (users, roles, bindings, tokens, audit) need, offline against a data
 * directory or online against a server. Commands stay the same either way.
 */
export interface AdminBackend {
  readonly mode: 'offline' | 'online';
  createUser(input: {
    email: string;
    displayName?: string;
    role?: string;
    project?: string;
    password?: string;
  }): Promise<{ user: UserView; generatedPassword?: string }>;
  listUsers(): Promise<UserView[]>;
  disableUser(email: string): Promise<UserView>;
  listRoles(): Promise<RoleView[]>;
  createRole(input: {
    name: string;
    permissions: string[];
    description?: string;
  }): Promise<RoleView>;
  listBindings(): Promise<BindingView[]>;
  addBinding(input: BindingInput): Promise<BindingView>;
  removeBinding(input: BindingInput): Promise<void>;
  createToken(input: {
    name: string;
    user?: string;
    scopes?: string[];
    expires?: string;
  }): Promise<{ token: string; view: TokenView }>;
  listTokens(input: { user?: string }): Promise<TokenView[]>;
  revokeToken(id: string): Promise<void>;
  listAuditRecords(filter: RecordFilter): Promise<AuditRecordRow[]>;
  /** `pinnedKey`: verify checkpoints only against this verifier key. */
  verifyAudit(options: { pinnedKey?: string }): Promise<VerifyReport>;
  issueCheckpoint(): Promise<CheckpointView>;
  close(): Promise<void>;
}

/**
 * Online when a server is configured (`--server` / RAMPART_SERVER) and `--data-dir` was not
 * given explicitly; offline (as the local operator) otherwise.
 */
export async function openAdminBackend(
  config: Config,
  options: { explicitDataDir: boolean },
): Promise<AdminBackend> {
  const server = config.client.server;
  if (server !== undefined && !options.explicitDataDir) return remoteBackend(config, server);
  return localBackend(config);
}

async function localBackend(config: Config): Promise<AdminBackend> {
  const store = await openStore({
    dataDir: config.dataDir,
    url: config.database.url,
    busyTimeoutMs: config.database.busyTimeoutMs,
  });
  const s = createSecurityServices({ db: store.db });
  const actor = systemActor(PERMISSIONS);
  const opt = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    mode: 'offline',
    createUser: (i) => s.identity.createUser(actor, opt(i)),
    listUsers: () => s.identity.listUsers(actor),
    disableUser: (email) => s.identity.disableUser(actor, email),
    listRoles: () => s.identity.listRoles(actor),
    createRole: (i) => s.identity.createRole(actor, opt(i)),
    listBindings: () => s.identity.listBindings(actor),
    addBinding: (i) => s.identity.addBinding(actor, opt(i)),
    removeBinding: (i) => s.identity.removeBinding(actor, opt(i)),
    createToken: (i) => s.identity.createToken(actor, opt(i)),
    listTokens: (i) => s.identity.listTokens(actor, opt(i)),
    revokeToken: (id) => s.identity.revokeToken(actor, id),
    listAuditRecords: (f) => s.audit.listRecords(actor, opt(f)),
    verifyAudit: ({ pinnedKey }) =>
      s.audit.verify(pinnedKey === undefined ? {} : { pinnedKeys: [parseVerifierKey(pinnedKey)] }),
    issueCheckpoint: () => s.audit.issueCheckpoint(),
    async close() {
      await s.close();
      await store.close();
    },
  };
}

function remoteBackend(config: Config, server: string): AdminBackend {
  const token = config.client.token ?? readStoredToken(server);
  if (token === undefined) throw new CliNotLoggedIn(server);
  const http: HttpClient = createHttpClient({
    baseUrl: server,
    token,
    ...(config.client.caFile === undefined ? {} : { ca: readFileSync(config.client.caFile) }),
  });
  const api = <T>(
    method: string,
    path: string,
    json?: unknown,
    query?: Record<string, string | number | undefined>,
  ) =>
    http.json<T>(method, `/api/v1${path}`, {
      ...(json === undefined ? {} : { json }),
      ...(query === undefined ? {} : { query }),
    });
  const bindingBody = (i: BindingInput) => ({
    ...i.subject,
    role: i.role,
    ...(i.project === undefined ? {} : { project: i.project }),
  });
  const records = (f: RecordFilter) =>
    api<AuditRecordRow[]>('GET', '/audit/records', undefined, {
      actor: f.actor,
      action: f.action,
      resourceType: f.resourceType,
      resourceId: f.resourceId,
      project: f.project,
      since: f.since,
      until: f.until,
      after: f.afterSeq,
      limit: f.limit,
    });
  return {
    mode: 'online',
    createUser: (i) => api('POST', '/users', i),
    listUsers: () => api('GET', '/users'),
    disableUser: (email) => api('POST', `/users/${encodeURIComponent(email)}/disable`),
    listRoles: () => api('GET', '/roles'),
    createRole: (i) => api('POST', '/roles', i),
    listBindings: () => api('GET', '/bindings'),
    addBinding: (i) => api('POST', '/bindings', bindingBody(i)),
    removeBinding: async (i) => {
      await api('DELETE', '/bindings', bindingBody(i));
    },
    createToken: (i) => api('POST', '/tokens', i),
    listTokens: (i) => api('GET', '/tokens', undefined, { user: i.user }),
    revokeToken: async (id) => {
      await api('DELETE', `/tokens/${encodeURIComponent(id)}`);
    },
    listAuditRecords: records,
    async verifyAudit({ pinnedKey }) {
      // The client recomputes everything itself: the server only supplies rows and notes.
      const keys =
        pinnedKey !== undefined
          ? [pinnedKey]
          : (await api<{ keys: string[] }>('GET', '/audit/keys')).keys;
      const checkpoints = await api<CheckpointRow[]>('GET', '/audit/checkpoints');
      const verifier = new LogVerifier({ verifiers: keys.map(parseVerifierKey), checkpoints });
      let after = -1;
      for (;;) {
        const page = await records({ afterSeq: after, limit: 5000 });
        for (const row of page) verifier.add(row);
        if (page.length < 5000) break;
        after = (page[page.length - 1] as AuditRecordRow).seq;
      }
      return verifier.finish();
    },
    issueCheckpoint: () => api('POST', '/audit/checkpoints'),
    close: async () => undefined,
  };
}
