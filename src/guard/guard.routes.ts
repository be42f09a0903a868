import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GuardCheckBody, GuardCheckResult } from '../contracts/guard.js';
import type { GuardService } from './guard.service.js';

export interface GuardRoutesOptions {
  readonly service: GuardService;
}

/** `POST /guard/check` with `{ text, kind, preset? }` → score, verdict, categories, spans, reasons. */
export const guardRoutes: FastifyPluginAsyncZod<GuardRoutesOptions> = async (app, { service }) => {
  app.post(
    '/guard/check',
    {
      config: { permission: 'guard:check' },
      schema: {
        tags: ['guard'],
        summary:
          'Check a prompt, document or model output for prompt injection, jailbreaks and leaks',
        body: GuardCheckBody,
        response: { 200: GuardCheckResult },
      },
    },
    async (request) => service.check(request.actor, request.body),
  );
};
