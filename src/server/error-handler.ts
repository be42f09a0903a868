import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { type AppError, isAppError } from '../platform/errors/app-error.js';
import {
  InternalError,
  MalformedBody,
  PayloadTooLarge,
  RequestInvalid,
  RouteNotFound,
  UnsupportedMediaType,
} from './http.errors.js';

/** The body of every error answer. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly hint: string;
    readonly requestId: string;
    readonly details?: Record<string, unknown>;
  };
}

/**
 * One error handler for the whole API: an AppError becomes `{ error: { code, message, hint,
 * requestId } }` with its status; anything else is logged with its cause and answered as a
 * generic 500, so no stack or internal message ever reaches a client.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  options: { maxJsonBytes: number },
): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const appError = toAppError(err, options.maxJsonBytes);
    if (appError.status >= 500) {
      request.log.error({ err }, 'request failed');
    } else {
      request.log.info({ code: appError.code }, 'request rejected');
    }
    return sendError(reply, request, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, request, new RouteNotFound(request.method, request.url.split('?')[0] ?? '')),
  );
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  err: AppError,
): FastifyReply {
  const body: ErrorBody = {
    error: {
      code: err.code,
      message: err.message,
      hint: err.hint,
      requestId: request.id,
      ...(Object.keys(err.details).length > 0 && err.status < 500 ? { details: err.details } : {}),
    },
  };
  if (err.status === 429 && typeof err.details['retryAfterSeconds'] === 'number') {
    void reply.header('retry-after', String(err.details['retryAfterSeconds']));
  }
  return reply.status(err.status).type('application/json').send(body);
}

function toAppError(err: FastifyError, maxJsonBytes: number): AppError {
  if (isAppError(err)) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    return new RequestInvalid(
      err.validationContext ?? 'body',
      err.validation.map((v: { instancePath: string; message?: string }) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? 'invalid',
      })),
    );
  }
  if (isResponseSerializationError(err)) return new InternalError();
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLarge(maxJsonBytes);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaType(err.message.split(': ')[1] ?? 'unknown');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new MalformedBody('the body is empty');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new MalformedBody('the content length does not match the body');
    default:
      break;
  }
  if (
    err.statusCode === 400 &&
    (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
  ) {
    return new MalformedBody('not valid JSON');
  }
  if (err.validation !== undefined) {
    return new RequestInvalid(
      err.validationContext ?? 'body',
      err.validation.map((v) => ({ path: v.instancePath, message: v.message ?? 'invalid' })),
    );
  }
  // Other framework errors of the client's making (4xx) carry safe, generic messages.
  if (
    err.statusCode !== undefined &&
    err.statusCode >= 400 &&
    err.statusCode < 500 &&
    err.code?.startsWith('FST_')
  ) {
    return new MalformedBody(err.message);
  }
  return new InternalError();
}
