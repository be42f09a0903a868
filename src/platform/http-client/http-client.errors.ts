import { AppError } from '../errors/app-error.js';

/** An error answer from a Rampart server, re-raised locally with the server's code and hint. */
export class RemoteError extends AppError {
  readonly code: string;
  readonly status: number;
  constructor(options: {
    code: string;
    status: number;
    message: string;
    hint: string;
    requestId?: string;
  }) {
    super(
      options.message,
      options.hint,
      options.requestId === undefined ? {} : { requestId: options.requestId },
    );
    this.code = options.code;
    this.status = options.status;
  }
}

export class HttpUnreachable extends AppError {
  readonly code = 'HTTP_UNREACHABLE';
  readonly status = 503;
  constructor(target: string, reason: string, options?: ErrorOptions) {
    super(
      `Could not reach ${target}: ${reason}.`,
      'Check the URL (--server or RAMPART_SERVER), that the server runs, and the network between you.',
      { target },
      options,
    );
  }
}

export class HttpTimeout extends AppError {
  readonly code = 'HTTP_TIMEOUT';
  readonly status = 504;
  constructor(target: string, timeoutMs: number) {
    super(
      `${target} did not answer within ${timeoutMs} ms.`,
      'Retry later, or raise the timeout if the server is busy.',
      {
        target,
        timeoutMs,
      },
    );
  }
}

export class HttpTlsFailed extends AppError {
  readonly code = 'HTTP_TLS_VERIFY_FAILED';
  readonly status = 502;
  constructor(target: string, reason: string, options?: ErrorOptions) {
    super(
      `The TLS certificate of ${target} could not be verified: ${reason}.`,
      'If the server uses a private CA, pass its certificate with RAMPART_CA_FILE; never turn verification off.',
      { target },
      options,
    );
  }
}

export class HttpResponseTooLarge extends AppError {
  readonly code = 'HTTP_RESPONSE_TOO_LARGE';
  readonly status = 502;
  constructor(target: string, maxBytes: number) {
    super(
      `The answer from ${target} is larger than ${maxBytes} bytes.`,
      'Ask for less (filters, pages) or raise the limit.',
      {
        target,
        maxBytes,
      },
    );
  }
}

export class HttpDestinationBlocked extends AppError {
  readonly code = 'HTTP_DESTINATION_BLOCKED';
  readonly status = 400;
  constructor(host: string, address: string) {
    super(
      `Outbound requests to ${host} (${address}) are blocked: it is a private, loopback or link-local address.`,
      'Use a public address, or allow private networks for this integration in the configuration if it is intended.',
      { host, address },
    );
  }
}

export class HttpBadAnswer extends AppError {
  readonly code = 'HTTP_BAD_ANSWER';
  readonly status = 502;
  constructor(target: string, status: number) {
    super(
      `${target} answered ${status} with a body that is not the expected JSON.`,
      'Check the URL points at a Rampart server.',
      {
        target,
        status,
      },
    );
  }
}
