import { z } from 'zod';

/** `GET /api/v1/status`: what the dashboard's status page shows. */
export const StatusResponse = z
  .object({
    name: z.literal('rampart'),
    version: z.string(),
    ready: z.boolean(),
    database: z.object({
      dialect: z.enum(['sqlite', 'postgres']),
      reachable: z.boolean(),
      pendingMigrations: z.number().int(),
    }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Status' });
export type StatusResponse = z.infer<typeof StatusResponse>;

export const HealthResponse = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const ReadyResponse = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({ database: z.string(), migrations: z.string() }),
  })
  .meta({ id: 'Ready' });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      hint: z.string(),
      requestId: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });
