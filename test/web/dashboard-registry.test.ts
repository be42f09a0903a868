import { Readable } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/identity/actor.js';
import { PERMISSIONS } from '../../src/platform/identity/permissions.js';
import { hasChromium, launchBrowser } from '../support/browser.js';
import { ensureWebBuilt, startTestServer, type TestServer } from '../support/running-server.js';

const ADMIN = { email: 'admin@example.com', password: 'Correct-Horse-Battery-42' };
const PICKLE_OS_SYSTEM = Buffer.concat([
  Buffer.from([0x80, 0x02]),
  Buffer.from('cos\nsystem\nX\x04\x00\x00\x00echo\x85R.', 'latin1'),
]);

describe.skipIf(!hasChromium)('registry pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({
      RAMPART_ADMIN_EMAIL: ADMIN.email,
      RAMPART_ADMIN_PASSWORD: ADMIN.password,
    });
    const registry = server.runtime.services.registry?.service;
    if (registry === undefined) throw new Error('registry not wired');
    const operator = systemActor(PERMISSIONS);
    const scope = { kind: 'model' as const, project: 'default', name: 'fraud-detector' };
    await registry.pushVersion(operator, scope, {
      files: [{ path: 'weights.bin', source: Readable.from([Buffer.alloc(4096, 1)]) }],
      description: 'Scores card transactions',
    });
    await registry.pushVersion(operator, scope, {
      files: [{ path: 'model.pkl', source: Readable.from([PICKLE_OS_SYSTEM]) }],
    });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(server.url + '/#/registry');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the model and shows its versions with scan status and a verified signature', async () => {
    await page.goto(server.url + '/#/registry');
    await page.getByRole('button', { name: 'fraud-detector' }).click();
    expect(await page.getByTestId('asset-name').textContent()).toBe('default/fraud-detector');
    expect(await page.getByTestId('scan-1').textContent()).toBe('clean');
    expect(await page.getByTestId('scan-2').textContent()).toBe('flagged');
    await page.getByRole('button', { name: 'v2' }).click();
    expect(await page.getByTestId('signature').textContent()).toBe('signature verified');
    await page.getByTestId('version-detail').getByText('pickle.dangerous-import').first().waitFor();
    await page.getByRole('button', { name: 'Model card' }).click();
    await page
      .getByTestId('version-extra')
      .getByText('# Model card: default/fraud-detector')
      .waitFor();
  });
});
