import { EmailInvalid } from './identity.errors.js';
import type { TokenRow, UserRow } from './identity.repository.js';

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly status: string;
  readonly createdAt: string;
}
export interface TokenView {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly scopes: string[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}
export interface BindingView {
  readonly id: string;
  readonly subject: string;
  readonly subjectKind: string;
  readonly role: string;
  readonly project: string | null;
  readonly createdAt: string;
}
export interface RoleView {
  readonly name: string;
  readonly description: string;
  readonly builtIn: boolean;
  readonly permissions: readonly string[];
}
/** Who a binding is for: a user by email, or an API token by id. */
export type BindingSubject = { readonly user: string } | { readonly tokenId: string };

/** Lower-cases and checks an email address; throws IDENTITY_EMAIL_INVALID. */
export function normalizeEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (e.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(e)) throw new EmailInvalid();
  return e;
}

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    status: u.status,
    createdAt: u.created_at,
  };
}

export function tokenView(t: TokenRow, owner: string): TokenView {
  return {
    id: t.id,
    name: t.name,
    owner,
    scopes: JSON.parse(t.scopes) as string[],
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    lastUsedAt: t.last_used_at,
    revokedAt: t.revoked_at,
  };
}
