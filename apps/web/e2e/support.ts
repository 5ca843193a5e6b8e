/** Shared pieces of the browser tests: one Chromium, the real built server, console watching and
 * a REST seeding helper (seeding goes through the public API, as any client would). */
import { spawnServer, type SpawnedServer } from '@jobtracker/api/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type Harness = { server: SpawnedServer; browser: Browser; stop: () => Promise<void> };

export async function startHarness(): Promise<Harness> {
  const [server, browser] = await Promise.all([spawnServer({ runtime: 'node' }), chromium.launch({ executablePath: CHROMIUM, args: ARGS })]);
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** Console errors and uncaught exceptions. A 401, 404 or 400 network line is allowed only where a
 * test expects one (a visitor's first "who am I?", an ended session, a refused move or file). */
export class ConsoleWatch {
  readonly errors: string[] = [];
  allow401 = false;
  allow404 = false;
  allow400 = false;
  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (this.allow401 && text.includes('status of 401')) return;
      if (this.allow404 && text.includes('status of 404')) return;
      if (this.allow400 && text.includes('status of 400')) return;
      this.errors.push(text);
    });
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
  }
}

export async function newPage(context: BrowserContext): Promise<{ page: Page; console: ConsoleWatch }> {
  const page = await context.newPage();
  return { page, console: new ConsoleWatch(page) };
}

export const PASSWORD = 'SecurePass123!';

/** Registers through REST and returns a Bearer token for seeding. */
export async function registerUser(baseUrl: string, email: string, first = 'Sam', last = 'Seeker'): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/register/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, password_confirm: PASSWORD, first_name: first, last_name: last }),
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { tokens: { access: string } }).tokens.access;
}

export async function rest(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

export async function signIn(page: Page, baseUrl: string, email: string, path = '/board'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  if (path !== '/board') await page.goto(`${baseUrl}${path}`);
}

/** Signs out from the account menu in the header. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Account' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}
