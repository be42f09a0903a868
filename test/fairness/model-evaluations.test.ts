import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { modelEvaluationRoutes } from '../../src/fairness/model-evaluations.routes.js';
import { ModelEvaluationService } from '../../src/fairness/model-evaluations.service.js';
import type { AuthHook } from '../../src/server/default-auth-hook.js';
import { actorWith, admin, openRegistry, type RegistryFixture } from '../registry/support.js';
import { dialects } from '../support/dialects.js';
import { cli } from '../support/run-cli.js';
import { buildTestApp } from '../support/test-app.js';

/** 40 rows: group b is selected far less often than group a at the same base rate. */
const rows = Array.from({ length: 40 }, (_, i) => ({
  group: i % 2 === 0 ? 'a' : 'b',
  label: i % 4 < 2 ? 1 : 0,
  pred: i % 2 === 0 ? (i % 4 < 2 ? 1 : i % 8 === 2 ? 1 : 0) : i % 8 === 1 ? 1 : 0,
}));
const LINEAR = {
  kind: 'linear',
  featureNames: ['x1', 'x2'],
  coefficients: [2, -1],
  intercept: 0.5,
};

describe.each(dialects)('model evaluations on $name', (dialect) => {
  let f: RegistryFixture;
  afterEach(async () => f.opened.cleanup());

  async function setup() {
    f = await openRegistry(dialect);
    await f.service.pushVersion(
      admin,
      { kind: 'model', project: 'default', name: 'credit' },
      {
        files: [{ path: 'weights.bin', source: Readable.from([Buffer.alloc(64, 3)]) }],
        description: 'Scores credit applications',
        metadata: { framework: 'sklearn', metrics: { auc: 0.81 } },
      },
    );
    const service = new ModelEvaluationService({
      db: f.opened.store.db,
      registry: f.service,
      audit: f.audit,
    });
    const auth: AuthHook = async (request) => {
      request.actor =
        request.headers['x-test-actor'] === 'reader'
          ? actorWith(['model:read', 'fairness:run'])
          : admin;
    };
    const t = await buildTestApp({
      authHook: auth,
      extraApiRoutes: [async (app) => app.register(modelEvaluationRoutes, { service })],
    });
    return { service, t };
  }

  it('attaches a fairness audit and an explanation, and gathers them in the model card', async () => {
    const { t } = await setup();
    try {
      const base = '/api/v1/projects/default/models/credit/versions/1';
      const fairness = await t.app.inject({
        method: 'POST',
        url: `${base}/fairness`,
        payload: { rows, label: 'label', prediction: 'pred', groups: ['group'] },
      });
      expect([fairness.statusCode, fairness.json()]).toEqual([
        200,
        { version: 1, attached: ['fairness'] },
      ]);
      const explanation = await t.app.inject({
        method: 'POST',
        url: `${base}/explanation`,
        payload: {
          model: LINEAR,
          rows: [[1, 2]],
          background: [
            [0, 0],
            [1, 1],
          ],
        },
      });
      expect(explanation.statusCode).toBe(200);
      const listed = await t.app.inject({ method: 'GET', url: `${base}/evaluations` });
      expect(listed.json().map((e: { kind: string }) => e.kind)).toEqual([
        'explanation',
        'fairness',
      ]);
      const card = await t.app.inject({ method: 'GET', url: `${base}/model-card` });
      expect(card.headers['content-type']).toContain('text/markdown');
      expect(card.body).toContain('# Model card: default/credit (version 1)');
      expect(card.body).toContain('Scores credit applications');
      expect(card.body).toContain('| metric auc | 0.81 |');
      expect(card.body).toContain('## Fairness evaluation');
      expect(card.body).toContain('## Explanations');
      expect(card.body).toContain('signature | verified');
    } finally {
      await t.close();
    }
  });

  it('refuses to attach without model:write and audits the denial', async () => {
    const { t } = await setup();
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/projects/default/models/credit/versions/1/fairness',
        headers: { 'x-test-actor': 'reader' },
        payload: { rows, label: 'label', prediction: 'pred', groups: ['group'] },
      });
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'PERMISSION_DENIED']);
      expect(f.audit.actions()).toContain('model.evaluation.attach:denied');
    } finally {
      await t.close();
    }
  });

  it('says in the card what is missing when nothing is attached', async () => {
    const { service, t } = await setup();
    await t.close();
    const card = await service.card(admin, {
      project: 'default',
      name: 'credit',
      selector: { kind: 'latest' },
    });
    expect(card).toContain('_No fairness audit attached.');
  });
});

describe('rampart fairness report --attach / fairness card', () => {
  it('stores the report with the model version and prints the card', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rampart-card-'));
    const dataDir = path.join(dir, 'data');
    writeFileSync(path.join(dir, 'weights.bin'), Buffer.alloc(32, 1));
    writeFileSync(
      path.join(dir, 'preds.csv'),
      ['group,label,pred', ...rows.map((r) => `${r.group},${r.label},${r.pred}`)].join('\n') + '\n',
    );
    expect(
      (
        await cli([
          '--data-dir',
          dataDir,
          'models',
          'push',
          'credit',
          path.join(dir, 'weights.bin'),
        ])
      ).code,
    ).toBe(0);
    const report = await cli([
      '--data-dir',
      dataDir,
      'fairness',
      'report',
      '--data',
      path.join(dir, 'preds.csv'),
      '--label',
      'label',
      '--prediction',
      'pred',
      '--group',
      'group',
      '--attach',
      'credit@1',
    ]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('attached fairness to default/credit@1');
    const card = await cli(['--data-dir', dataDir, 'fairness', 'card', 'credit']);
    expect(card.code).toBe(0);
    expect(card.stdout).toContain('## Fairness evaluation');
    expect(card.stdout).toContain('_No explanation attached.');
  });
});
