import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/dialects.js';
import { admin, bytes, openRegistry, type RegistryFixture } from './support.js';

const schemaDir = '../shared/data/schemas/cyclonedx';
const load = (name: string) =>
  JSON.parse(readFileSync(`${schemaDir}/${name}`, 'utf8')) as Record<string, unknown>;

function cycloneDxValidator() {
  const ajv = new Ajv.default({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(load('spdx.schema.json'), 'spdx.schema.json');
  ajv.addSchema(load('jsf-0.82.schema.json'), 'jsf-0.82.schema.json');
  return ajv.compile(load('bom-1.6.schema.json'));
}

describe('CycloneDX ML-BOM export', () => {
  let f: RegistryFixture;
  afterEach(async () => {
    await f.opened.cleanup();
  });

  it('is valid CycloneDX 1.6 with the model, its file hashes, model card and linked dataset', async () => {
    f = await openRegistry({ name: 'sqlite', open: (o) => openTestStore('sqlite', o) });
    await f.service.pushVersion(
      admin,
      { kind: 'dataset', project: 'default', name: 'reviews' },
      { files: [{ path: 'train.csv', source: bytes('a,b\n1,2\n') }] },
    );
    const scope = { kind: 'model', project: 'default', name: 'sentiment' } as const;
    await f.service.pushVersion(admin, scope, {
      files: [{ path: 'model.safetensors', source: bytes('weights') }],
      metadata: {
        framework: 'pytorch',
        task: 'text-classification',
        format: 'safetensors',
        metrics: { accuracy: 0.93 },
        labels: { team: 'nlp' },
      },
      trainedOn: ['reviews@1'],
      description: 'Sentiment classifier',
    });
    const bom = await f.service.bom(admin, scope, { kind: 'latest' });
    const validate = cycloneDxValidator();
    expect(validate(bom) ? [] : validate.errors).toEqual([]);
    const components = bom['components'] as {
      type: string;
      'bom-ref': string;
      modelCard?: unknown;
      components?: { hashes: unknown }[];
    }[];
    expect(components.map((c) => [c.type, c['bom-ref']])).toEqual([
      ['machine-learning-model', 'model:default/sentiment@1'],
      ['data', 'dataset:default/reviews@1'],
    ]);
    // sha256("weights")
    expect(components[0]?.components?.[0]?.hashes).toEqual([
      { alg: 'SHA-256', content: createHash('sha256').update('weights').digest('hex') },
    ]);
    expect(components[0]?.modelCard).toMatchObject({
      modelParameters: {
        task: 'text-classification',
        datasets: [{ ref: 'dataset:default/reviews@1' }],
      },
      quantitativeAnalysis: { performanceMetrics: [{ type: 'accuracy', value: '0.93' }] },
    });
    expect(bom['dependencies']).toEqual([
      { ref: 'model:default/sentiment@1', dependsOn: ['dataset:default/reviews@1'] },
      { ref: 'dataset:default/reviews@1', dependsOn: [] },
    ]);
  });

  it('is valid for a dataset version too', async () => {
    f = await openRegistry({ name: 'sqlite', open: (o) => openTestStore('sqlite', o) });
    const scope = { kind: 'dataset', project: 'default', name: 'reviews' } as const;
    await f.service.pushVersion(admin, scope, {
      files: [{ path: 'train.csv', source: bytes('a') }],
    });
    const validate = cycloneDxValidator();
    const bom = await f.service.bom(admin, scope, { kind: 'number', number: 1 });
    expect(validate(bom) ? [] : validate.errors).toEqual([]);
  });
});
