/**
 * Who is asking. Services take an Actor with every call, check its permissions and write it into
 * the audit record. The HTTP auth hook builds it from the session or token; the CLI builds a
 * `system` actor for offline commands run by the operator on the data directory.
 */
export interface Actor {
  readonly kind: 'user' | 'token' | 'system' | 'anonymous';
  /** User id, token id, or `system`/`anonymous`. */
  readonly id: string;
  /** Human label for logs and audit (an email, a token name). Never a secret. */
  readonly label: string;
  /** Global permissions plus, per project, the permissions of project-scoped bindings. */
  readonly permissions: ReadonlySet<string>;
  readonly projectPermissions?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly clientIp?: string;
  readonly userAgent?: string;
  readonly requestId?: string;
}

/** The actor used by operator commands run locally against the data directory. */
export function systemActor(permissions: Iterable<string>): Actor {
  return {
    kind: 'system',
    id: 'system',
    label: 'local operator',
    permissions: new Set(permissions),
  };
}

/** True when the actor holds `permission` globally or on `project`. */
export function hasPermission(actor: Actor, permission: string, project?: string): boolean {
  if (actor.permissions.has(permission)) return true;
  if (project === undefined) return false;
  return actor.projectPermissions?.get(project)?.has(permission) ?? false;
}
