import { spawnServer, type SpawnedServer } from '@jobtracker/api/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: SpawnedServer;
let browser: Browser;

beforeAll(async () => {
  server = await spawnServer({ runtime: 'node' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the web app in Chromium', () => {
  it('signs in through the tRPC client, survives a reload on its cookie, and signs out', async () => {
    const register = await fetch(`${server.baseUrl}/api/auth/register/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'web@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'Web', last_name: 'User' }),
    });
    expect(register.status).toBe(201);

    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await page.getByLabel('Email').fill('web@example.com');
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('No active account found with the given credentials');

    await page.getByLabel('Password').fill('SecurePass123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Board' }).isVisible()).toBe(true);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'jt_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('ey');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Board' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  }, 60_000);
});
