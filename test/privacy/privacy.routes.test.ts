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
import { privacyRoutes } from '../../src/privacy/privacy.routes.js';
import { PrivacyService } from '../../src/privacy/privacy.service.js';
import '../../src/server/route-config.js';

class MemoryAudit implements AuditSink {
  readonly entries: AuditEntry[] = [];
  async record(_actor: Actor, entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }
}

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

async function build(
  permissions: string[],
  maxTextChars = 10_000,
): Promise<{ app: FastifyInstance; audit: MemoryAudit }> {
  const audit = new MemoryAudit();
  const instance = Fastify().withTypeProvider<ZodTypeProvider>();
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);
  instance.decorateRequest('actor', null as unknown as Actor);
  instance.addHook('preHandler', async (request) => {
    request.actor = systemActor(permissions);
  });
  instance.setErrorHandler((err, _request, reply) => {
    if (isAppError(err))
      return reply.status(err.status).send({ error: { code: err.code, details: err.details } });
    return reply
      .status((err as { statusCode?: number }).statusCode ?? 500)
      .send({ error: { code: 'VALIDATION' } });
  });
  const service = new PrivacyService({
    audit,
    limits: { maxTextChars },
    keys: { key: Buffer.alloc(32, 5) },
  });
  await instance.register(privacyRoutes, { service });
  app = instance;
  return { app: instance, audit };
}

const text = 'Contact Maria Lopez at maria.lopez@example.es, card 4111 1111 1111 1111.';

describe('privacy routes', () => {
  it('POST /pii/scan returns findings and writes one audit record without values', async () => {
    const { app, audit } = await build(['pii:scan']);
    const res = await app.inject({ method: 'POST', url: '/pii/scan', payload: { text } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      findings: { type: string; start: number; end: number }[];
      counts: Record<string, number>;
    }>();
    expect(body.findings.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['PERSON', 'Maria Lopez'],
      ['EMAIL', 'maria.lopez@example.es'],
      ['CREDIT_CARD', '4111 1111 1111 1111'],
    ]);
    expect(audit.entries).toEqual([
      {
        action: 'pii.scan',
        resource: { type: 'text' },
        outcome: 'allowed',
        details: { chars: text.length, findings: 3, counts: body.counts },
      },
    ]);
    expect(JSON.stringify(audit.entries)).not.toContain('maria');
  });

  it('POST /pii/mask applies a policy from the body', async () => {
    const { app, audit } = await build(['pii:mask']);
    const policy = { entities: { PERSON: { operator: 'replace' }, EMAIL: { operator: 'redact' } } };
    const res = await app.inject({ method: 'POST', url: '/pii/mask', payload: { text, policy } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      text: 'Contact <PERSON> at , card **** **** **** 1111.',
      changed: { PERSON: 1, EMAIL: 1, CREDIT_CARD: 1 },
    });
    expect(audit.entries.map((e) => [e.action, e.outcome])).toEqual([['pii.mask', 'allowed']]);
  });

  it('answers 400 PII_POLICY_INVALID naming the bad field', async () => {
    const { app } = await build(['pii:mask']);
    const res = await app.inject({
      method: 'POST',
      url: '/pii/mask',
      payload: { text, policy: { entities: { PERSON: { operator: 'burn' } } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'PII_POLICY_INVALID', details: { field: 'entities.PERSON.operator' } },
    });
  });

  it('denies a caller without pii:mask and audits the denial', async () => {
    const { app, audit } = await build(['pii:scan']);
    const res = await app.inject({ method: 'POST', url: '/pii/mask', payload: { text } });
    expect(res.statusCode).toBe(403);
    expect(audit.entries.map((e) => [e.action, e.outcome])).toEqual([['pii.mask', 'denied']]);
  });

  it('refuses text over the limit with 413 PII_INPUT_TOO_LARGE', async () => {
    const { app } = await build(['pii:scan'], 10);
    const res = await app.inject({ method: 'POST', url: '/pii/scan', payload: { text } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'PII_INPUT_TOO_LARGE' } });
  });
});
