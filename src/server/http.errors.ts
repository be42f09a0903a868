import { AppError } from '../platform/errors/app-error.js';

export { PermissionDenied } from '../platform/identity/require-permission.js';

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class RequestInvalid extends AppError {
  readonly code = 'REQUEST_INVALID';
  readonly status = 400;
  constructor(where: string, problems: readonly FieldProblem[]) {
    super(
      `The request ${where} is invalid: ` +
        problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; '),
      'Fix the fields listed and send the request again; the API reference at /api/docs shows every field.',
      { problems },
    );
  }
}

export class RouteNotFound extends AppError {
  readonly code = 'ROUTE_NOT_FOUND';
  readonly status = 404;
  constructor(method: string, url: string) {
    super(
      `There is no route ${method} ${url}.`,
      'Check the method and path against the API reference at /api/docs.',
      { method, url },
    );
  }
}

export class PayloadTooLarge extends AppError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
  constructor(limitBytes: number) {
    super(
      `The request body is larger than the limit of ${limitBytes} bytes.`,
      'Send a smaller body, or raise server.maxUploadBytes / server.maxJsonBytes in the configuration.',
      { limitBytes },
    );
  }
}

export class UnsupportedMediaType extends AppError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  readonly status = 415;
  constructor(contentType: string) {
    super(
      `The content type ${contentType} is not accepted here.`,
      'Send JSON as application/json and file uploads as application/octet-stream.',
      { contentType },
    );
  }
}

export class MalformedBody extends AppError {
  readonly code = 'REQUEST_BODY_MALFORMED';
  readonly status = 400;
  constructor(reason: string) {
    super(`The request body could not be parsed: ${reason}.`, 'Send well-formed JSON.', {});
  }
}

export class AuthRequired extends AppError {
  readonly code = 'AUTH_REQUIRED';
  readonly status = 401;
  constructor() {
    super(
      'This request needs a signed-in user or an API token.',
      'Send `Authorization: Bearer rmp_…` (create one with `rampart tokens create`) or log in on the web page.',
    );
  }
}

export class RouteUndeclared extends AppError {
  readonly code = 'ROUTE_PERMISSION_UNDECLARED';
  readonly status = 500;
  constructor(method: string, url: string) {
    super(
      `The route ${method} ${url} declares no permission.`,
      'Developers: add `config: { permission: … }` (or `permission: "public"`) to the route.',
      { method, url },
    );
  }
}

export class ServiceUnavailable extends AppError {
  readonly code = 'SERVICE_SHUTTING_DOWN';
  readonly status = 503;
  constructor() {
    super(
      'The server is shutting down.',
      'Retry in a moment; another replica or the restarted server will answer.',
    );
  }
}

export class InternalError extends AppError {
  readonly code = 'INTERNAL_ERROR';
  readonly status = 500;
  constructor() {
    super(
      'Something went wrong on the server.',
      'Retry; if it keeps failing, give the request id to your operator, who will find the cause in the server log.',
    );
  }
}
