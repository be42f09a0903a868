import type { Actor } from './actor.js';
import type { IdentityRepository, TokenRow, UserRow } from './identity.repository.js';
import { builtInRolePermissions } from './roles.js';

/** Global permissions plus per-project permissions of a subject's bindings. */
export interface ResolvedPermissions {
  readonly global: ReadonlySet<string>;
  readonly projects: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Where an authenticated request came from; copied into the actor for the audit log. */
export interface ClientContext {
  readonly clientIp?: string;
  readonly userAgent?: string;
  readonly requestId?: string;
}

/** Turns role bindings into permission sets, and users or tokens into Actors. */
export class PermissionResolver {
  constructor(private readonly repo: IdentityRepository) {}

  /** Permissions of a role (built in or custom); empty for an unknown role (deny by default). */
  async rolePermissions(role: string, custom?: Map<string, string[]>): Promise<string[]> {
    const builtIn = builtInRolePermissions(role);
    if (builtIn !== undefined) return builtIn;
    const roles = custom ?? (await this.customRoles());
    return roles.get(role) ?? [];
  }

  async customRoles(): Promise<Map<string, string[]>> {
    const rows = await this.repo.customRoles();
    return new Map(rows.map((r) => [r.name, JSON.parse(r.permissions) as string[]]));
  }

  async resolve(kind: 'user' | 'token', id: string): Promise<ResolvedPermissions> {
    const bindings = await this.repo.bindingsOf(kind, id);
    const custom = bindings.some((b) => builtInRolePermissions(b.role) === undefined)
      ? await this.customRoles()
      : new Map<string, string[]>();
    const global = new Set<string>();
    const projects = new Map<string, Set<string>>();
    for (const b of bindings) {
      const perms = await this.rolePermissions(b.role, custom);
      const target =
        b.project === '*'
          ? global
          : (projects.get(b.project) ?? projects.set(b.project, new Set()).get(b.project));
      for (const p of perms) target?.add(p);
    }
    return { global, projects };
  }

  async actorForUser(user: UserRow, client: ClientContext = {}): Promise<Actor> {
    const resolved = await this.resolve('user', user.id);
    return {
      kind: 'user',
      id: user.id,
      label: user.email,
      permissions: resolved.global,
      projectPermissions: resolved.projects,
      ...client,
    };
  }

  /**
   * A token acts with its scopes, intersected with what its owner holds now (plus roles bound to
   * the token itself), so removing a role from the owner takes effect on the token at once.
   */
  async actorForToken(token: TokenRow, owner: UserRow, client: ClientContext = {}): Promise<Actor> {
    const scopes = new Set(JSON.parse(token.scopes) as string[]);
    const [ownerPerms, tokenPerms] = await Promise.all([
      this.resolve('user', owner.id),
      this.resolve('token', token.id),
    ]);
    const limit = (...sets: (ReadonlySet<string> | undefined)[]) => {
      const out = new Set<string>();
      for (const s of sets) for (const p of s ?? []) if (scopes.has(p)) out.add(p);
      return out;
    };
    const projects = new Map<string, ReadonlySet<string>>();
    for (const p of new Set([...ownerPerms.projects.keys(), ...tokenPerms.projects.keys()])) {
      projects.set(p, limit(ownerPerms.projects.get(p), tokenPerms.projects.get(p)));
    }
    return {
      kind: 'token',
      id: token.id,
      label: `${token.name} (${owner.email})`,
      permissions: limit(ownerPerms.global, tokenPerms.global),
      projectPermissions: projects,
      ...client,
    };
  }
}

/** Every permission a subject holds anywhere (global or on some project). */
export function allPermissions(resolved: ResolvedPermissions): Set<string> {
  const out = new Set(resolved.global);
  for (const set of resolved.projects.values()) for (const p of set) out.add(p);
  return out;
}
