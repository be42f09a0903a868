import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponse, ReadyResponse, StatusResponse } from '../contracts/system.js';
import type { Store } from '../platform/store/index.js';

export interface SystemRoutesOptions {
  readonly store: Store;
  readonly version: string;
  readonly startedAtMs: number;
  readonly nowMs: () => number;
}

interface Readiness {
  readonly reachable: boolean;
  readonly pending: number;
}

async function readiness(store: Store): Promise<Readiness> {
  try {
    await store.ping();
    const status = await store.migrationStatus();
    return { reachable: true, pending: status.pending.length };
  } catch {
    // Not ready is an answer here, not an error: the probe reports it.
    return { reachable: false, pending: -1 };
  }
}

/** `/healthz` (the process answers), `/readyz` (database reachable, migrations current). */
export const probeRoutes: FastifyPluginAsyncZod<SystemRoutesOptions> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: { tags: ['system'], summary: 'Liveness', response: { 200: HealthResponse } },
    },
    () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable and migrations current',
        response: { 200: ReadyResponse, 503: ReadyResponse },
      },
    },
    async (_request, reply) => {
      const r = await readiness(store);
      const ready = r.reachable && r.pending === 0;
      return reply.status(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        checks: {
          database: r.reachable ? 'ok' : 'unreachable',
          migrations:
            r.pending === 0 ? 'current' : r.pending > 0 ? `${r.pending} pending` : 'unknown',
        },
      });
    },
  );
};

/** `GET /api/v1/status`: version, readiness and database kind, for the dashboard. */
export const statusRoutes: FastifyPluginAsyncZod<SystemRoutesOptions> = async (app, options) => {
  app.get(
    '/status',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Version, readiness and database kind',
        response: { 200: StatusResponse },
      },
    },
    async () => {
      const r = await readiness(options.store);
      return {
        name: 'rampart' as const,
        version: options.version,
        ready: r.reachable && r.pending === 0,
        database: {
          dialect: options.store.dialect,
          reachable: r.reachable,
          pendingMigrations: Math.max(r.pending, 0),
        },
        uptimeSeconds: Math.round((options.nowMs() - options.startedAtMs) / 1000),
      };
    },
  );
};
