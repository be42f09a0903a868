import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../src/platform/errors/app-error.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

class WidgetMissing extends AppError {
  readonly code = 'TEST_WIDGET_MISSING';
  readonly status = 404;
}

describe('buildApp', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('answers /healthz with ok', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect([res.statusCode, res.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('answers /readyz ready when the database is reachable and migrations are current', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect([res.statusCode, res.json()]).toEqual([
      200,
      { status: 'ready', checks: { database: 'ok', migrations: 'current' } },
    ]);
  });

  it('answers /readyz 503 once the database is gone', async () => {
    t = await buildTestApp();
    await t.opened.store.close();
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'not_ready', checks: { database: 'unreachable' } });
  });

  it('reports version and database kind on /api/v1/status', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/status' });
    expect(res.json()).toMatchObject({
      name: 'rampart',
      version: '0.0.0-test',
      ready: true,
      database: { dialect: 'sqlite', reachable: true, pendingMigrations: 0 },
    });
  });

  it('serves an OpenAPI 3.1 document that lists the API routes', async () => {
    t = await buildTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/v1/status']),
    );
  });

  it('serves the API browser at /api/docs', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('exposes Prometheus metrics', async () => {
    t = await buildTestApp();
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.body).toContain(
      'rampart_http_requests_total{method="GET",route="/healthz",status="200"} 1',
    );
  });

  it('answers unknown routes with ROUTE_NOT_FOUND and the request id', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'x-request-id': 'req-12345678' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { code: 'ROUTE_NOT_FOUND', requestId: 'req-12345678' },
    });
    expect(res.headers['x-request-id']).toBe('req-12345678');
  });

  it('refuses a non-public route without credentials (deny by default)', async () => {
    t = await buildTestAppWith(async (app) => {
      app.get('/secret', { config: { permission: 'audit:read' } }, () => ({ ok: true }));
    });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/secret' });
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'AUTH_REQUIRED']);
  });

  it('turns an AppError into its coded answer and hides internal errors', async () => {
    const built = await buildTestAppWith(async (app) => {
      app.get('/widget', { config: { permission: 'public' } }, () => {
        throw new WidgetMissing('No widget 7.', 'Create it first.', { id: 7 });
      });
      app.get('/boom', { config: { permission: 'public' } }, () => {
        throw new Error('database password is hunter2');
      });
      app.post(
        '/echo',
        { config: { permission: 'public' }, schema: { body: z.object({ n: z.number().int() }) } },
        (request) => request.body,
      );
    });
    t = built;
    const widget = await built.app.inject({ method: 'GET', url: '/api/v1/widget' });
    expect(widget.statusCode).toBe(404);
    expect(widget.json().error).toMatchObject({
      code: 'TEST_WIDGET_MISSING',
      message: 'No widget 7.',
      hint: 'Create it first.',
    });
    const boom = await built.app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.json().error.code).toBe('INTERNAL_ERROR');
    expect(boom.body).not.toContain('hunter2');
    expect(boom.body).not.toContain('at ');
    const invalid = await built.app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      payload: { n: 'x' },
    });
    expect([invalid.statusCode, invalid.json().error.code]).toEqual([400, 'REQUEST_INVALID']);
    const malformed = await built.app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"n": ',
    });
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([
      400,
      'REQUEST_BODY_MALFORMED',
    ]);
  });

  it('rejects a JSON body over the limit with PAYLOAD_TOO_LARGE', async () => {
    t = await buildTestAppWith(
      async (app) => {
        app.post('/echo', { config: { permission: 'public' } }, (request) => request.body);
      },
      { RAMPART_MAX_UPLOAD_BYTES: '1000' },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(2000),
    });
    expect([res.statusCode, res.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses to start when a route declares no permission', async () => {
    await expect(
      buildTestAppWith(async (app) => {
        app.get('/undeclared', () => ({}));
      }),
    ).rejects.toMatchObject({ code: 'ROUTE_PERMISSION_UNDECLARED' });
  });
});

/** Builds the app with extra routes mounted under /api/v1, as a domain would add them. */
function buildTestAppWith(
  plugin: FastifyPluginAsyncZod,
  env: Record<string, string> = {},
): Promise<TestApp> {
  return buildTestApp({ extraApiRoutes: [plugin] }, env);
}
