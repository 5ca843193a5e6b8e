/** Swagger UI and ReDoc in Chromium, served by a real server: both render the operations with no
 * console error and no failed request (nothing from a CDN, no missing favicon). */
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let t: TestApp;
let server: ServerType;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  t = await createTestApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

/** Opens `path` and records console errors and failed requests (network failures and 4xx/5xx). */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(`${baseUrl}${path}`);
  return { page, problems };
}

describe('the documentation pages in Chromium', () => {
  it('Swagger UI renders every operation without an error', async () => {
    const { page, problems } = await open('/api/docs/');
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 20_000 }).toBeGreaterThan(40);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('ReDoc renders every operation without an error', async () => {
    const { page, problems } = await open('/api/redoc/');
    await expect.poll(() => page.locator('[data-section-id^="operation/"]').count(), { timeout: 20_000 }).toBeGreaterThan(40);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
