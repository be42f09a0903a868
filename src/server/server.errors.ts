import { AppError } from '../platform/errors/app-error.js';

export { RouteUndeclared } from './http.errors.js';

export class TlsFilesUnreadable extends AppError {
  readonly code = 'TLS_FILES_UNREADABLE';
  readonly status = 500;
  constructor(certFile: string, keyFile: string, options?: ErrorOptions) {
    super(
      `The TLS certificate ${certFile} or key ${keyFile} could not be read.`,
      'Check RAMPART_TLS_CERT and RAMPART_TLS_KEY point at readable PEM files, or unset both to serve plain HTTP on localhost.',
      { certFile, keyFile },
      options,
    );
  }
}

export class PortInUse extends AppError {
  readonly code = 'SERVER_PORT_IN_USE';
  // 409: a conflict the operator resolves (the CLI exits 2, not 3).
  readonly status = 409;
  constructor(host: string, port: number) {
    super(
      `Port ${port} on ${host} is already in use.`,
      `Stop the other process using it, or choose another port with --port or RAMPART_PORT.`,
      { host, port },
    );
  }
}

export class ListenFailed extends AppError {
  readonly code = 'SERVER_LISTEN_FAILED';
  readonly status = 500;
  constructor(host: string, port: number, reason: string, options?: ErrorOptions) {
    super(
      `The server could not listen on ${host}:${port}: ${reason}.`,
      'Check the host is an address of this machine (--host / RAMPART_HOST) and that ports below 1024 are not used without privileges.',
      { host, port },
      options,
    );
  }
}
