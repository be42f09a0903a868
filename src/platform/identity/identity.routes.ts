import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readCookie, sessionCookieName } from './session-cookie.js';
import type { Authenticator } from './authenticator.js';
import { csrfTokenFor } from './authenticator.js';
import { LoginThrottled } from './identity.errors.js';
import type { BindingSubject, IdentityService } from './identity.service.js';

export interface IdentityRoutesOptions {
  readonly identity: IdentityService;
  readonly authenticator: Authenticator;
  readonly secureCookies: boolean;
}

const Email = z.string().min(3).max(254);
const User = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  status: z.string(),
  createdAt: z.string(),
});
const Token = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const Binding = z.object({
  id: z.string(),
  subject: z.string(),
  subjectKind: z.string(),
  role: z.string(),
  project: z.string().nullable(),
  createdAt: z.string(),
});
const BindingBody = z
  .object({
    user: Email.optional(),
    tokenId: z.string().max(100).optional(),
    role: z.string().min(1).max(48),
    project: z.string().min(1).max(63).optional(),
  })
  .refine(
    (b) => (b.user === undefined) !== (b.tokenId === undefined),
    'give exactly one of user or tokenId',
  );
const Ok = z.object({ ok: z.literal(true) });

const subjectOf = (b: {
  user?: string | undefined;
  tokenId?: string | undefined;
}): BindingSubject => (b.user !== undefined ? { user: b.user } : { tokenId: b.tokenId as string });

/** Login/logout/session, users, roles, bindings, tokens and projects under /api/v1. */
export const identityRoutes: FastifyPluginAsyncZod<IdentityRoutesOptions> = async (
  app,
  { identity, authenticator, secureCookies },
) => {
  const cookie = sessionCookieName(secureCookies);
  const cookieAttributes = `Path=/; HttpOnly; SameSite=Strict${secureCookies ? '; Secure' : ''}`;

  app.post(
    '/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Log in with email and password: a session cookie (web) or an API token (CLI)',
        body: z.object({
          email: z.string().max(254),
          password: z.string().max(1024),
          as: z.enum(['session', 'token']).default('session'),
        }),
      },
    },
    async (request, reply) => {
      try {
        const result = await authenticator.login({
          email: request.body.email,
          password: request.body.password,
          as: request.body.as,
          client: {
            clientIp: request.ip,
            requestId: request.id,
            ...(request.headers['user-agent']
              ? { userAgent: request.headers['user-agent'].slice(0, 256) }
              : {}),
          },
        });
        if (result.session !== undefined) {
          // By the service's clock, not this process's: they differ under test clocks.
          const maxAge = result.session.maxAgeSeconds;
          void reply.header(
            'set-cookie',
            `${cookie}=${result.session.secret}; ${cookieAttributes}; Max-Age=${maxAge}`,
          );
          return {
            user: result.user,
            csrfToken: result.session.csrfToken,
            expiresAt: result.session.expiresAt,
          };
        }
        return {
          user: result.user,
          token: result.token?.token,
          tokenId: result.token?.id,
          expiresAt: result.token?.expiresAt,
        };
      } catch (err) {
        if (err instanceof LoginThrottled)
          void reply.header('retry-after', String(err.retryAfterSeconds));
        throw err;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'public' },
      schema: { tags: ['identity'], summary: 'End the web session' },
    },
    async (request, reply) => {
      const secret = readCookie(request.headers.cookie, cookie);
      if (secret !== undefined && request.actor.kind === 'user')
        await authenticator.logout(secret, request.actor);
      void reply.header('set-cookie', `${cookie}=; ${cookieAttributes}; Max-Age=0`);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/session',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Who am I: the caller, its permissions and the session CSRF token',
      },
    },
    async (request) => {
      const actor = request.actor;
      const secret = readCookie(request.headers.cookie, cookie);
      return {
        authenticated: actor.kind !== 'anonymous',
        kind: actor.kind,
        id: actor.id,
        label: actor.label,
        permissions: [...actor.permissions].sort(),
        projects: Object.fromEntries(
          [...(actor.projectPermissions ?? new Map<string, ReadonlySet<string>>())].map(
            ([p, s]) => [p, [...s].sort()],
          ),
        ),
        ...(secret !== undefined && actor.kind === 'user'
          ? { csrfToken: csrfTokenFor(secret) }
          : {}),
      };
    },
  );

  app.get(
    '/users',
    {
      config: { permission: 'user:manage' },
      schema: { tags: ['identity'], summary: 'List users', response: { 200: z.array(User) } },
    },
    async (request) => identity.listUsers(request.actor),
  );

  app.post(
    '/users',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Create a user; without a password one is generated and returned once',
        body: z.object({
          email: Email,
          displayName: z.string().max(100).optional(),
          role: z.string().max(48).optional(),
          project: z.string().max(63).optional(),
          password: z.string().max(1024).optional(),
        }),
      },
    },
    async (request, reply) => {
      const b = request.body;
      const result = await identity.createUser(request.actor, {
        email: b.email,
        ...(b.displayName === undefined ? {} : { displayName: b.displayName }),
        ...(b.role === undefined ? {} : { role: b.role }),
        ...(b.project === undefined ? {} : { project: b.project }),
        ...(b.password === undefined ? {} : { password: b.password }),
      });
      void reply.code(201);
      return result;
    },
  );

  app.post(
    '/users/:email/disable',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Disable a user and revoke their sessions and tokens',
        params: z.object({ email: Email }),
        response: { 200: User },
      },
    },
    async (request) => identity.disableUser(request.actor, request.params.email),
  );

  app.get(
    '/roles',
    {
      config: { permission: 'role:manage' },
      schema: { tags: ['identity'], summary: 'List built-in and custom roles' },
    },
    async (request) => identity.listRoles(request.actor),
  );

  app.post(
    '/roles',
    {
      config: { permission: 'role:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Create a custom role',
        body: z.object({
          name: z.string().max(48),
          permissions: z.array(z.string().max(64)).max(200),
          description: z.string().max(300).optional(),
        }),
      },
    },
    async (request, reply) => {
      void reply.code(201);
      const b = request.body;
      return identity.createRole(request.actor, {
        name: b.name,
        permissions: b.permissions,
        ...(b.description === undefined ? {} : { description: b.description }),
      });
    },
  );

  app.get(
    '/bindings',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['identity'],
        summary: 'List role bindings',
        response: { 200: z.array(Binding) },
      },
    },
    async (request) => identity.listBindings(request.actor),
  );

  app.post(
    '/bindings',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Give a role to a user or token, globally or on a project',
        body: BindingBody,
        response: { 201: Binding },
      },
    },
    async (request, reply) => {
      void reply.code(201);
      const b = request.body;
      return identity.addBinding(request.actor, {
        subject: subjectOf(b),
        role: b.role,
        ...(b.project === undefined ? {} : { project: b.project }),
      });
    },
  );

  app.delete(
    '/bindings',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Remove a role binding',
        body: BindingBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const b = request.body;
      await identity.removeBinding(request.actor, {
        subject: subjectOf(b),
        role: b.role,
        ...(b.project === undefined ? {} : { project: b.project }),
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/tokens',
    {
      config: { permission: 'token:manage' },
      schema: {
        tags: ['identity'],
        summary: 'List API tokens (never their values)',
        querystring: z.object({ user: Email.optional() }),
        response: { 200: z.array(Token) },
      },
    },
    async (request) =>
      identity.listTokens(
        request.actor,
        request.query.user === undefined ? {} : { user: request.query.user },
      ),
  );

  app.post(
    '/tokens',
    {
      config: { permission: 'token:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Create an API token; its value is returned once',
        body: z.object({
          name: z.string().min(1).max(100),
          user: Email.optional(),
          scopes: z.array(z.string().max(64)).max(200).optional(),
          expires: z.string().max(10).optional(),
        }),
        response: { 201: z.object({ token: z.string(), view: Token }) },
      },
    },
    async (request, reply) => {
      void reply.code(201);
      const b = request.body;
      return identity.createToken(request.actor, {
        name: b.name,
        ...(b.user === undefined ? {} : { user: b.user }),
        ...(b.scopes === undefined ? {} : { scopes: b.scopes }),
        ...(b.expires === undefined ? {} : { expires: b.expires }),
      });
    },
  );

  app.delete(
    '/tokens/:id',
    {
      config: { permission: 'token:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      await identity.revokeToken(request.actor, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/projects',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags: ['identity'],
        summary: 'Create a project',
        body: z.object({ id: z.string().max(63), description: z.string().max(300).optional() }),
      },
    },
    async (request, reply) => {
      void reply.code(201);
      const b = request.body;
      return identity.createProject(request.actor, {
        id: b.id,
        ...(b.description === undefined ? {} : { description: b.description }),
      });
    },
  );
};
