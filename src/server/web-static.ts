import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { packageRoot } from '../platform/version.js';

/** The built dashboard (`vite build` output), or undefined when it has not been built. */
export function findWebRoot(): string | undefined {
  const dir = path.join(packageRoot(), 'dist', 'web');
  return existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

const NOT_BUILT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Rampart</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>Rampart</h1><p>The API is running (<a href="/api/docs">API reference</a>,
<a href="/healthz">health</a>), but the web dashboard has not been built.</p>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds what is missing) and reload.</p>
</body></html>`;

/**
 * Serves the dashboard at `/` with a single-page-app fallback: any GET outside `/api` that is not a
 * file answers index.html, so client-side routes survive a reload.
 */
export async function registerWeb(
  app: FastifyInstance,
  webRoot: string | undefined,
): Promise<void> {
  if (webRoot === undefined) {
    app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').send(NOT_BUILT_PAGE),
    );
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, serve: false });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, (_request, reply) =>
    sendIndex(reply),
  );
  app.get<{ Params: { '*': string } }>(
    '/*',
    { config: { permission: 'public' }, schema: { hide: true } },
    (request, reply) => {
      const rel = request.params['*'];
      if (rel.startsWith('api/')) {
        return reply.callNotFound();
      }
      const file = path.join(webRoot, path.normalize(rel));
      if (rel !== '' && file.startsWith(webRoot + path.sep) && existsSync(file)) {
        const immutable = rel.startsWith('assets/');
        return reply
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .sendFile(rel);
      }
      return sendIndex(reply);
    },
  );
}
