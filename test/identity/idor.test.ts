import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, buildSecurityApp, type SecurityApp } from './security-app.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('object-level access across projects', () => {
  let t: SecurityApp;
  let alphaAuditor: string;
  let alphaSeq: number;
  let betaSeq: number;

  beforeAll(async () => {
    t = await buildSecurityApp();
    const admin = await t.token(ADMIN.email, ADMIN.password);
    for (const id of ['alpha', 'beta']) {
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/projects',
            headers: bearer(admin),
            payload: { id },
          })
        ).statusCode,
      ).toBe(201);
    }
    alphaAuditor = (await t.userWithRole('auditor', { project: 'alpha' })).token;
    await t.userWithRole('viewer', { project: 'beta' });
    await t.security.audit.flush();
    const rows = await t.opened.store.db
      .selectFrom('audit_records')
      .select(['seq', 'project'])
      .execute();
    alphaSeq = Number(rows.find((r) => r.project === 'alpha')?.seq);
    betaSeq = Number(rows.find((r) => r.project === 'beta')?.seq);
  });
  afterAll(async () => t.close());

  it("lists only the records of the reader's project", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/records?project=alpha',
      headers: bearer(alphaAuditor),
    });
    expect(res.statusCode).toBe(200);
    const projects = new Set(res.json<{ project: string }[]>().map((r) => r.project));
    expect([...projects]).toEqual(['alpha']);
  });

  it("refuses another project's records and the unscoped list", async () => {
    for (const url of ['/api/v1/audit/records?project=beta', '/api/v1/audit/records']) {
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(alphaAuditor) });
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 403, 'PERMISSION_DENIED']);
    }
  });

  it("answers 404 for another project's record fetched by id through an allowed project", async () => {
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/records/${betaSeq}?project=alpha`,
      headers: bearer(alphaAuditor),
    });
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'AUDIT_RECORD_NOT_FOUND']);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/records/${alphaSeq}?project=alpha`,
      headers: bearer(alphaAuditor),
    });
    expect([own.statusCode, own.json().project]).toEqual([200, 'alpha']);
  });

  it('gives project-bound readers no global proofs', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/proofs/inclusion?index=0',
      headers: bearer(alphaAuditor),
    });
    expect(res.statusCode).toBe(403);
  });
});
