import { AppError } from '../errors/app-error.js';
import { type Actor, hasPermission } from './actor.js';

export class PermissionDenied extends AppError {
  readonly code = 'PERMISSION_DENIED';
  readonly status = 403;
  constructor(permission: string, project?: string) {
    super(
      `You lack the permission ${permission}${project === undefined ? '' : ` on project ${project}`}.`,
      'Ask an administrator for a role that grants it (`rampart bindings add`), or use a token with that scope.',
      { permission, ...(project === undefined ? {} : { project }) },
    );
  }
}

/**
 * Services call this first: throws PermissionDenied (403) unless the actor holds `permission`
 * globally or on `project`.
 */
export function requirePermission(actor: Actor, permission: string, project?: string): void {
  if (!hasPermission(actor, permission, project)) throw new PermissionDenied(permission, project);
}
