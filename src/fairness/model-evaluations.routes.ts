import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExplainRequest, FairnessReportRequest } from '../contracts/fairness.js';
import { parseSelector } from '../registry/index.js';
import {
  DEFAULT_FAIRNESS_LIMITS,
  explanationFromRequest,
  fairnessReportFromRequest,
  type FairnessLimits,
} from './fairness.service.js';
import type { ModelEvaluationService } from './model-evaluations.service.js';

export interface ModelEvaluationRoutesOptions {
  readonly service: ModelEvaluationService;
  readonly limits?: FairnessLimits;
}

const Params = z.object({
  project: z.string().min(1).max(63),
  name: z.string().min(1).max(128),
  version: z.string().min(1).max(64).describe('a number, a stage name or `latest`'),
});
const Attached = z.object({
  version: z.number().int(),
  attached: z.array(z.enum(['fairness', 'explanation'])),
});
const base = '/projects/:project/models/:name/versions/:version';
const refOf = (p: z.infer<typeof Params>) => ({
  project: p.project,
  name: p.name,
  selector: parseSelector(p.version),
});

/** Fairness audits and explanations attached to model versions, and their model card. */
export const modelEvaluationRoutes: FastifyPluginAsyncZod<ModelEvaluationRoutesOptions> = async (
  app,
  { service, limits = DEFAULT_FAIRNESS_LIMITS },
) => {
  app.post(
    `${base}/fairness`,
    {
      config: { permission: 'fairness:run', projectParam: 'project' },
      schema: {
        tags: ['fairness'],
        summary: 'Run a fairness audit and attach it to a model version (needs model:write too)',
        params: Params,
        body: FairnessReportRequest,
        response: { 200: Attached },
      },
    },
    (request) =>
      service.attach(request.actor, refOf(request.params), {
        fairness: fairnessReportFromRequest(request.body, limits),
      }),
  );
  app.post(
    `${base}/explanation`,
    {
      config: { permission: 'fairness:run', projectParam: 'project' },
      schema: {
        tags: ['fairness'],
        summary: 'Explain a model (Shapley values) and attach it to a model version',
        params: Params,
        body: ExplainRequest,
        response: { 200: Attached },
      },
    },
    (request) =>
      service.attach(request.actor, refOf(request.params), {
        explanation: explanationFromRequest(request.body, limits),
      }),
  );
  app.get(
    `${base}/evaluations`,
    {
      config: { permission: 'model:read', projectParam: 'project' },
      schema: {
        tags: ['fairness'],
        summary: 'Evaluations attached to a model version',
        params: Params,
        response: {
          200: z.array(
            z.object({
              kind: z.enum(['fairness', 'explanation']),
              version: z.number().int(),
              result: z.unknown(),
              cardSection: z.string(),
              createdBy: z.string(),
              createdAt: z.string(),
            }),
          ),
        },
      },
    },
    (request) => service.list(request.actor, refOf(request.params)),
  );
  app.get(
    `${base}/model-card`,
    {
      config: { permission: 'model:read', projectParam: 'project' },
      schema: {
        tags: ['fairness'],
        summary: 'The model card (Markdown) of a model version',
        params: Params,
      },
    },
    async (request, reply) =>
      reply
        .type('text/markdown; charset=utf-8')
        .send(await service.card(request.actor, refOf(request.params))),
  );
};
