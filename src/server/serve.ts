import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { buildApp } from './build-app.js';
import { ListenFailed, PortInUse } from './server.errors.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace time), closes. */
  stop(): Promise<void>;
}

/**
 * Builds the app on a runtime and listens on the configured host and port. Throws PortInUse or
 * ListenFailed with what to do.
 */
export async function startServer(runtime: Runtime, version: string): Promise<RunningServer> {
  const { config } = runtime;
  const app = await buildApp({
    config,
    store: runtime.store,
    logger: runtime.logger,
    version,
    services: runtime.services,
    ...(runtime.authHook === undefined ? {} : { authHook: runtime.authHook }),
  });
  const { host, port } = config.server;
  try {
    await app.listen({ host, port });
  } catch (err) {
    await app.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PortInUse(host, port);
    throw new ListenFailed(host, port, code ?? (err as Error).message, { cause: err });
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const scheme = config.server.tls === undefined ? 'http' : 'https';
  const url =
    config.server.publicUrl ??
    `${scheme}://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    app,
    url,
    async stop() {
      const grace = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          app.server.closeAllConnections();
          resolve();
        }, config.server.shutdownGraceMs);
        timer.unref();
      });
      await Promise.race([app.close(), grace]);
    },
  };
}
