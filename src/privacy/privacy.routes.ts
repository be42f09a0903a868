import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PiiMaskTextBody,
  PiiMaskTextResult,
  PiiScanTextBody,
  PiiScanTextResult,
} from '../contracts/privacy.js';
import type { PrivacyService } from './privacy.service.js';

export interface PrivacyRoutesOptions {
  readonly service: PrivacyService;
}

/** `POST /pii/scan` and `POST /pii/mask` with JSON `{ text, … }`. */
export const privacyRoutes: FastifyPluginAsyncZod<PrivacyRoutesOptions> = async (
  app,
  { service },
) => {
  app.post(
    '/pii/scan',
    {
      config: { permission: 'pii:scan' },
      schema: {
        tags: ['privacy'],
        summary: 'Find PII and secrets in a text',
        body: PiiScanTextBody,
        response: { 200: PiiScanTextResult },
      },
    },
    async (request) => service.scanText(request.actor, request.body),
  );
  app.post(
    '/pii/mask',
    {
      config: { permission: 'pii:mask' },
      schema: {
        tags: ['privacy'],
        summary: 'Mask PII and secrets in a text with a policy',
        body: PiiMaskTextBody,
        response: { 200: PiiMaskTextResult },
      },
    },
    async (request) => service.maskText(request.actor, request.body),
  );
};
