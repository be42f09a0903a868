import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../platform/identity/actor.js';
import { AuthRequired } from './http.errors.js';

/** Authenticates the request, enforces the route's permission and sets `request.actor`. */
export type AuthHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export const anonymousActor: Actor = {
  kind: 'anonymous',
  id: 'anonymous',
  label: 'anonymous',
  permissions: new Set(),
};

/**
 * Deny by default: public routes get the anonymous actor, every other route answers 401. Used
 * when no identity service is wired (tests of the bare platform); `rampart serve` wires the real
 * hook from the identity service.
 */
export const publicOnlyAuthHook: AuthHook = async (request) => {
  request.actor = anonymousActor;
  if (request.routeOptions.config.permission !== 'public') throw new AuthRequired();
};
