import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ExplainRequest,
  ExplainResponse,
  FairnessMitigateRequest,
  FairnessMitigateResponse,
  FairnessReportRequest,
  FairnessReportResponse,
} from '../contracts/fairness.js';
import type { FairnessService } from './fairness.service.js';

export interface FairnessRoutesOptions {
  readonly service: FairnessService;
}

/** `POST /fairness/report`, `POST /fairness/mitigate`, `POST /explain` (JSON rows, bounded). */
export const fairnessRoutes: FastifyPluginAsyncZod<FairnessRoutesOptions> = async (
  app,
  { service },
) => {
  app.post(
    '/fairness/report',
    {
      config: { permission: 'fairness:run' },
      schema: {
        tags: ['fairness'],
        summary: 'Group fairness metrics with intervals, disparities, calibration and data bias',
        body: FairnessReportRequest,
        response: { 200: FairnessReportResponse },
      },
    },
    async (request) => service.report(request.actor, request.body),
  );
  app.post(
    '/fairness/mitigate',
    {
      config: { permission: 'fairness:run' },
      schema: {
        tags: ['fairness'],
        summary:
          'Reweighing weights, or a threshold post-processing rule, with before/after metrics',
        body: FairnessMitigateRequest,
        response: { 200: FairnessMitigateResponse },
      },
    },
    async (request) => service.mitigate(request.actor, request.body),
  );
  app.post(
    '/explain',
    {
      config: { permission: 'fairness:run' },
      schema: {
        tags: ['fairness'],
        summary: 'Shapley values per row and global importance for a linear or tree-ensemble model',
        body: ExplainRequest,
        response: { 200: ExplainResponse },
      },
    },
    async (request) => service.explain(request.actor, request.body),
  );
};
