import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ScanReport, ScanUploadQuery } from '../contracts/scanning.js';
import type { ScanningService } from './scanning.service.js';
import { ScanUploadInvalid } from './scanning.errors.js';

export interface ScanningRoutesOptions {
  readonly service: ScanningService;
}

/** `POST /scans?filename=NAME` with the file as an application/octet-stream body. */
export const scanningRoutes: FastifyPluginAsyncZod<ScanningRoutesOptions> = async (
  app,
  { service },
) => {
  app.post(
    '/scans',
    {
      config: { permission: 'scan:run' },
      schema: {
        tags: ['scanning'],
        summary: 'Scan an uploaded model file for code execution and get its report',
        querystring: ScanUploadQuery,
        response: { 200: ScanReport },
      },
    },
    async (request) => {
      const body: unknown = request.body;
      if (!(body instanceof Uint8Array))
        throw new ScanUploadInvalid('send the file as application/octet-stream');
      return service.scanUpload(request.actor, { filename: request.query.filename, bytes: body });
    },
  );
};
