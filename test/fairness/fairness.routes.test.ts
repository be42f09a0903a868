import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { fairnessRoutes } from '../../src/fairness/fairness.routes.js';
import { FairnessService } from '../../src/fairness/fairness.service.js';
import type { AuditEntry, AuditSink } from '../../src/platform/audit/audit-sink.js';
import { isAppError } from '../../src/platform/errors/app-error.js';
import { systemActor, type Actor } from '../../src/platform/identity/actor.js';
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
  await instance.register(fairnessRoutes, { service: new FairnessService({ audit }) });
  app = instance;
  return { app: instance, audit };
}

// A small table where group b is selected far less often than group a.
const rows = Array.from({ length: 80 }, (_, i) => ({
  g: i < 40 ? 'a' : 'b',
  y: i % 2,
  score: i < 40 ? (i % 10) + (i % 2) * 3 : (i % 10) - 2 + (i % 2) * 2,
}));

describe('fairness routes', () => {
  it('answers POST /fairness/report with Fairlearn-named metrics and writes one audit record', async () => {
    const { app, audit } = await build(['fairness:run']);
    const res = await app.inject({
      method: 'POST',
      url: '/fairness/report',
      payload: {
        rows,
        label: 'y',
        score: 'score',
        threshold: 5,
        groups: ['g'],
        privileged: 'a',
        format: 'html',
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      report: {
        by_group: Record<string, { selection_rate: number }>;
        disparities: Record<string, unknown>;
        mitigation?: unknown;
      };
      html: string;
    }>();
    expect(Object.keys(body.report.by_group)).toEqual(['a', 'b']);
    expect(body.report.disparities).toHaveProperty('demographic_parity_difference');
    expect(body.report.disparities).toHaveProperty('equalized_odds_ratio');
    expect(body.report.mitigation).toBeDefined();
    expect(body.html.startsWith('<!doctype html>')).toBe(true);
    expect(audit.entries.map((e) => [e.entry.action, e.entry.outcome])).toEqual([
      ['fairness.report', 'allowed'],
    ]);
  });

  it('returns reweighing weights that sum to the row count', async () => {
    const { app } = await build(['fairness:run']);
    const res = await app.inject({
      method: 'POST',
      url: '/fairness/mitigate',
      payload: { rows, label: 'y', groups: ['g'], method: 'reweighing' },
    });
    const weights = res.json<{ weights: number[] }>().weights;
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(rows.length, 9);
  });

  it('returns Shapley values that add up to prediction minus base value', async () => {
    const { app } = await build(['fairness:run']);
    const model = {
      kind: 'logistic',
      feature_names: ['u', 'v'],
      intercept: 0.1,
      coefficients: [0.5, -1],
    };
    const res = await app.inject({
      method: 'POST',
      url: '/explain',
      payload: {
        model,
        rows: [[1, 2], { u: -1, v: 0 }],
        background: [
          [0, 0],
          [1, 1],
          [2, -1],
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    for (const r of res.json<{
      rows: { base_value: number; prediction: number; shap_values: Record<string, number> }[];
    }>().rows) {
      expect((r.shap_values['u'] ?? NaN) + (r.shap_values['v'] ?? NaN)).toBeCloseTo(
        r.prediction - r.base_value,
        12,
      );
    }
  });

  it('refuses a caller without fairness:run with PERMISSION_DENIED and audits the denial', async () => {
    const { app, audit } = await build([]);
    const res = await app.inject({
      method: 'POST',
      url: '/fairness/report',
      payload: { rows, label: 'y', prediction: 'y', groups: ['g'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('PERMISSION_DENIED');
    expect(audit.entries.map((e) => e.entry.outcome)).toEqual(['denied']);
  });

  it('rejects an unknown column with FAIRNESS_COLUMN_NOT_FOUND and audits the failure', async () => {
    const { app, audit } = await build(['fairness:run']);
    const res = await app.inject({
      method: 'POST',
      url: '/fairness/report',
      payload: { rows, label: 'nope', prediction: 'y', groups: ['g'] },
    });
    expect(res.json<{ error: { code: string } }>().error.code).toBe('FAIRNESS_COLUMN_NOT_FOUND');
    expect(audit.entries.map((e) => e.entry.outcome)).toEqual(['failed']);
  });
});
