/** Shared steps of the companies and dashboard browser tests: a real server, Chromium, a signed-in
 * page, REST setup calls, console-error capture, axe scans and screenshots. */
import AxeBuilder from '@axe-core/playwright';
import { spawnServer, type SpawnedServer } from '@jobtracker/api/testing';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const PASSWORD = 'SecurePass123!';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function startAll(): Promise<{ server: SpawnedServer; browser: Browser }> {
  const server = await spawnServer({ runtime: 'node' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { server, browser };
}

/** A REST client with the user's Bearer token, for setting up data the way another client would. */
export type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>;

export async function registerUser(baseUrl: string, email: string): Promise<Api> {
  const res = await fetch(`${baseUrl}/api/auth/register/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, password_confirm: PASSWORD, first_name: 'Test', last_name: 'Person' }),
  });
  expect(res.status).toBe(201);
  const token = ((await res.json()) as { tokens: { access: string } }).tokens.access;
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  };
}

/** Signs in through the form, as a person does, and collects console errors from then on. */
export async function signIn(browser: Browser, baseUrl: string, email: string, path: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in?redirect=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
}

/** Serious and critical axe findings on the page as it is now (empty means none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Two animation frames: React has committed and the browser has painted (canvas redraws too). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset['theme'] = value;
  }, theme);
}

/** Light and dark, desktop and phone width, into the git-ignored artifacts folder. `ready` waits
 * until the page has settled at the new size (charts redraw on resize and theme change). */
export async function screenshots(page: Page, name: string, ready: () => Promise<void> = async () => {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(viewport);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await ready();
      await nextFrames(page);
      await page.screenshot({ path: `${ARTIFACTS}${name}-${theme}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize(DESKTOP);
  await setTheme(page, 'light');
}
