import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../support/browser.js';
import { ensureWebBuilt, startTestServer, type TestServer } from '../support/running-server.js';

describe.skipIf(!hasChromium)('web dashboard in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders the status page with version, health and database kind', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(server.url + '/');
    await page.getByTestId('health').waitFor();
    expect(await page.getByTestId('version').textContent()).toBe('test');
    expect(await page.getByTestId('health').textContent()).toBe('ready');
    expect(await page.getByTestId('database').textContent()).toBe('sqlite');
    expect(await page.getByRole('navigation', { name: 'Areas' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the dashboard for a client-side route on reload', async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url + '/some/client/route');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Rampart' }).waitFor();
    await page.close();
  });
});
