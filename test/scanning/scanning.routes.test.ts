import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditSink } from '../../src/platform/audit/audit-sink.js';
import { isAppError } from '../../src/platform/errors/app-error.js';
import { systemActor, type Actor } from '../../src/platform/identity/actor.js';
import { scanningRoutes } from '../../src/scanning/scanning.routes.js';
import { ScanningService } from '../../src/scanning/scanning.service.js';
import { callPickle, plainPickle } from '../fixtures/scanning/builders.js';
import '../../src/server/route-config.js';

class MemoryAudit implements AuditSink {
  readonly entries: { actor: Actor; entry: AuditEntry }[] = [];
  async record(actor: Actor, entry: AuditEntry): Promise<void> {
    this.entries.push({ actor, entry });
  }
}

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

async function build(permissions: string[]): Promise<{ app: FastifyInstance; audit: MemoryAudit }> {
  const audit = new MemoryAudit();
  const instance = Fastify().withTypeProvider<ZodTypeProvider>();
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);
  instance.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer' },
    (_r, body, done) => done(null, body),
  );
  instance.decorateRequest('actor', null as unknown as Actor);
  instance.addHook('preHandler', async (request) => {
    request.actor = systemActor(permissions);
  });
  instance.setErrorHandler((err, _request, reply) => {
    if (isAppError(err)) return reply.status(err.status).send({ error: { code: err.code } });
    return reply
      .status((err as { statusCode?: number }).statusCode ?? 500)
      .send({ error: { code: 'VALIDATION' } });
  });
  await instance.register(scanningRoutes, { service: new ScanningService({ audit }) });
  app = instance;
  return { app: instance, audit };
}

const upload = (a: FastifyInstance, bytes: Uint8Array, filename = 'model.pkl') =>
  a.inject({
    method: 'POST',
    url: `/scans?filename=${encodeURIComponent(filename)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(bytes),
  });

describe('POST /scans', () => {
  it('returns the report of a malicious upload and audits the verdict', async () => {
    const { app, audit } = await build(['scan:run']);
    const res = await upload(app, callPickle('os', 'system'));
    const body = res.json<{ verdict: string; findings: { rule: string; symbol?: string }[] }>();
    expect([
      res.statusCode,
      body.verdict,
      body.findings.map((f) => `${f.rule}:${f.symbol ?? ''}`),
    ]).toEqual([200, 'malicious', ['pickle.dangerous-import:os.system']]);
    expect(
      audit.entries.map((e) => [e.entry.action, e.entry.outcome, e.entry.details?.['verdict']]),
    ).toEqual([['scan.run', 'allowed', 'malicious']]);
  });

  it('refuses a caller without scan:run and audits the denial', async () => {
    const { app, audit } = await build([]);
    const res = await upload(app, plainPickle());
    expect([
      res.statusCode,
      res.json<{ error: { code: string } }>().error.code,
      audit.entries.map((e) => e.entry.outcome),
    ]).toEqual([403, 'PERMISSION_DENIED', ['denied']]);
  });

  it('rejects an empty upload with SCAN_UPLOAD_INVALID', async () => {
    const { app } = await build(['scan:run']);
    const res = await upload(app, new Uint8Array(0));
    expect(res.json<{ error: { code: string } }>().error.code).toBe('SCAN_UPLOAD_INVALID');
  });
});
