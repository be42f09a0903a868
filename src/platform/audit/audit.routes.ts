import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditService } from './audit.service.js';

export interface AuditRoutesOptions {
  readonly audit: AuditService;
}

const Record = z.object({
  seq: z.number(),
  time: z.string(),
  actorKind: z.string(),
  actorId: z.string(),
  actorLabel: z.string(),
  clientIp: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  project: z.string().nullable(),
  outcome: z.string(),
  details: z.string(),
  leafHash: z.string(),
});
const Checkpoint = z.object({
  id: z.number(),
  treeSize: z.number(),
  rootHash: z.string(),
  note: z.string(),
});
const Count = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Project = z.string().min(1).max(63);

/** Audit records, checkpoints, proofs, keys and server-side verification under /api/v1/audit. */
export const auditRoutes: FastifyPluginAsyncZod<AuditRoutesOptions> = async (app, { audit }) => {
  app.get(
    '/audit/records',
    {
      config: { permission: 'audit:read', projectParam: 'project' },
      schema: {
        tags: ['audit'],
        summary:
          'List audit records (filter by actor, action, resource, project, time; page with after)',
        querystring: z.object({
          actor: z.string().max(256).optional(),
          action: z.string().max(128).optional(),
          resourceType: z.string().max(64).optional(),
          resourceId: z.string().max(256).optional(),
          project: Project.optional(),
          since: z.string().max(40).optional(),
          until: z.string().max(40).optional(),
          after: z.coerce.number().int().min(-1).optional(),
          limit: z.coerce.number().int().min(1).max(5000).default(100),
        }),
        response: { 200: z.array(Record) },
      },
    },
    async (request) => {
      const q = request.query;
      return audit.listRecords(request.actor, {
        limit: q.limit,
        ...(q.actor === undefined ? {} : { actor: q.actor }),
        ...(q.action === undefined ? {} : { action: q.action }),
        ...(q.resourceType === undefined ? {} : { resourceType: q.resourceType }),
        ...(q.resourceId === undefined ? {} : { resourceId: q.resourceId }),
        ...(q.project === undefined ? {} : { project: q.project }),
        ...(q.since === undefined ? {} : { since: q.since }),
        ...(q.until === undefined ? {} : { until: q.until }),
        ...(q.after === undefined ? {} : { afterSeq: q.after }),
      });
    },
  );

  app.get(
    '/audit/records/:seq',
    {
      config: { permission: 'audit:read', projectParam: 'project' },
      schema: {
        tags: ['audit'],
        summary: 'One audit record by position',
        params: z.object({ seq: Count }),
        querystring: z.object({ project: Project.optional() }),
        response: { 200: Record },
      },
    },
    async (request) => audit.getRecord(request.actor, request.params.seq, request.query.project),
  );

  app.get(
    '/audit/checkpoints/latest',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The latest signed checkpoint (C2SP signed note)',
        response: { 200: Checkpoint },
      },
    },
    async (request) => audit.latestCheckpoint(request.actor),
  );

  app.get(
    '/audit/checkpoints',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Every signed checkpoint, oldest first',
        response: { 200: z.array(Checkpoint) },
      },
    },
    async (request) => audit.checkpoints(request.actor),
  );

  app.post(
    '/audit/checkpoints',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Sign a checkpoint of the current log now',
        response: { 200: Checkpoint },
      },
    },
    async () => audit.issueCheckpoint(),
  );

  app.get(
    '/audit/proofs/inclusion',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'RFC 9162 inclusion proof of record `index` in the tree of `size` records',
        querystring: z.object({ index: Count, size: Count.optional() }),
        response: {
          200: z.object({
            index: z.number(),
            treeSize: z.number(),
            leafHash: z.string(),
            proof: z.array(z.string()),
            rootHash: z.string(),
          }),
        },
      },
    },
    async (request) => audit.inclusionProof(request.actor, request.query.index, request.query.size),
  );

  app.get(
    '/audit/proofs/consistency',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'RFC 9162 consistency proof between tree sizes `from` and `to`',
        querystring: z.object({ from: Count, to: Count.optional() }),
        response: {
          200: z.object({
            size1: z.number(),
            size2: z.number(),
            proof: z.array(z.string()),
            rootHash1: z.string(),
            rootHash2: z.string(),
          }),
        },
      },
    },
    async (request) => audit.consistencyProof(request.actor, request.query.from, request.query.to),
  );

  app.get(
    '/audit/keys',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Verifier keys of the log (name+hash+base64)',
        response: { 200: z.object({ keys: z.array(z.string()) }) },
      },
    },
    async () => ({
      keys: await audit.verifierKeys(),
    }),
  );

  app.get(
    '/audit/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the tree from the stored records and check every checkpoint',
      },
    },
    async () => audit.verify(),
  );
};
