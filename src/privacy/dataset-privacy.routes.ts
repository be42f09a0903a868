import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { VersionDetail } from '../contracts/registry.js';
import { parseSelector } from '../registry/index.js';
import { parsePolicy } from './engine/policy.js';
import type { DatasetPrivacyService } from './dataset-privacy.service.js';

export interface DatasetPrivacyRoutesOptions {
  readonly service: DatasetPrivacyService;
}

const Params = z.object({
  project: z.string().min(1).max(63),
  name: z.string().min(1).max(128),
  version: z.string().min(1).max(64).describe('a number, a stage name or `latest`'),
});
const Counts = z.record(z.string(), z.number());
const Report = z.object({
  project: z.string(),
  dataset: z.string(),
  version: z.number().int(),
  files: z
    .array(
      z.object({
        path: z.string(),
        format: z.enum(['csv', 'jsonl', 'parquet', 'skipped']),
        rows: z.number().int(),
        columns: z
          .array(
            z.object({
              name: z.string(),
              predicted: z.string().nullable(),
              counts: Counts,
              cellsWithFindings: z.number().int(),
            }),
          )
          .readonly(),
        totals: Counts,
      }),
    )
    .readonly(),
  totals: Counts,
  createdBy: z.string(),
  createdAt: z.string(),
});

const base = '/projects/:project/datasets/:name/versions/:version';
const refOf = (p: z.infer<typeof Params>) => ({
  project: p.project,
  name: p.name,
  selector: parseSelector(p.version),
});

/** PII scan, stored report and masking of registry dataset versions. */
export const datasetPrivacyRoutes: FastifyPluginAsyncZod<DatasetPrivacyRoutesOptions> = async (
  app,
  { service },
) => {
  app.post(
    `${base}/pii-scan`,
    {
      config: { permission: 'pii:scan', projectParam: 'project' },
      schema: {
        tags: ['privacy'],
        summary: 'Scan a dataset version for PII and store the report with it',
        params: Params,
        response: { 200: Report },
      },
    },
    (request) => service.scanVersion(request.actor, refOf(request.params)),
  );
  app.get(
    `${base}/pii-report`,
    {
      config: { permission: 'pii:scan', projectParam: 'project' },
      schema: {
        tags: ['privacy'],
        summary: 'The stored PII report of a dataset version',
        params: Params,
        response: { 200: Report },
      },
    },
    (request) => service.getReport(request.actor, refOf(request.params)),
  );
  app.post(
    `${base}/pii-mask`,
    {
      config: { permission: 'pii:mask', projectParam: 'project' },
      schema: {
        tags: ['privacy'],
        summary:
          'Mask a dataset version into the next version of the dataset (lineage in its labels)',
        params: Params,
        body: z
          .object({
            policy: z
              .record(z.string(), z.unknown())
              .optional()
              .describe('policy-file format (docs/privacy.md)'),
          })
          .optional(),
        response: {
          200: z.object({
            source: z.number().int(),
            masked: VersionDetail,
            changed: Counts,
          }),
        },
      },
    },
    (request) => {
      const policy = request.body?.policy;
      return service.maskVersion(
        request.actor,
        refOf(request.params),
        policy === undefined ? {} : { policy: parsePolicy(JSON.stringify(policy)) },
      );
    },
  );
};
