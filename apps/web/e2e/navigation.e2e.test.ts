/** The header at desktop and phone width: every main view one click away and fully on screen, and
 * the account menu by keyboard (menu button pattern) and by pointer, with no axe finding open. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, seriousViolations } from './insights-support.js';
import { newPage, registerUser, signIn, startHarness, type ConsoleWatch, type Harness } from './support.js';

const EMAIL = 'navigation@example.com';
const VIEWS = ['Board', 'Due', 'Applications', 'Contacts', 'Companies', 'Dashboard', 'Insights'];
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await registerUser(harness.server.baseUrl, EMAIL, 'Nora', 'Navigator');
}, 60_000);

afterAll(async () => {
  await harness?.stop();
});

const accountButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Account' });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  describe(`the header at ${sizeName} width`, () => {
    let context: BrowserContext;
    let page: Page;
    let watch: ConsoleWatch;

    beforeAll(async () => {
      context = await harness.browser.newContext({ viewport, reducedMotion: 'reduce' });
      ({ page, console: watch } = await newPage(context));
      page.setDefaultTimeout(10_000);
      watch.allow401 = true; // the visitor's first "who am I?"
      await signIn(page, harness.server.baseUrl, EMAIL);
      watch.allow401 = false;
    }, 60_000);

    afterAll(async () => {
      await context?.close();
    });

    it('shows every main view whole, inside the window, and nothing overflows sideways', async () => {
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of VIEWS) {
        const box = await nav.getByRole('link', { name: new RegExp(`^${name}`) }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x, name).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(viewport.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await accountButton(page).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Quick add' }).isVisible()).toBe(true);
    });

    it('opens the account menu from the keyboard, moves with the arrows and closes with Escape', async () => {
      const button = accountButton(page);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu', { name: 'Account' });
      await menu.waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await focusedName(page)).toBe('Profile');
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toBe('Import applications');
      await page.keyboard.press('End');
      expect(await focusedName(page)).toBe('Sign out');
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toBe('Profile');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}account-menu-${sizeName}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
      await page.keyboard.press('ArrowUp');
      await menu.waitFor();
      expect(await focusedName(page)).toBe('Sign out');
      await page.keyboard.press('Tab');
      await expect.poll(() => menu.count()).toBe(0);
      expect(await focusedName(page)).toBe('New application');
    });

    it('holds the secondary pages and the theme; a click outside closes it', async () => {
      await accountButton(page).click();
      const menu = page.getByRole('menu', { name: 'Account' });
      for (const name of ['Profile', 'Import applications', 'Proof of job search', 'Backup and restore', 'Commands', 'Sign out']) {
        await menu.getByRole('menuitem', { name }).waitFor();
      }
      expect(await menu.getByRole('menuitemradio', { name: 'System theme' }).getAttribute('aria-checked')).toBe('true');
      await menu.getByRole('menuitemradio', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      await accountButton(page).click();
      expect(await menu.getByRole('menuitemradio', { name: 'Dark theme' }).getAttribute('aria-checked')).toBe('true');
      await menu.getByRole('menuitemradio', { name: 'System theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();

      await accountButton(page).click();
      await page.getByRole('heading', { level: 1, name: 'Board' }).click();
      await expect.poll(() => menu.count()).toBe(0);

      await accountButton(page).click();
      await menu.getByRole('menuitem', { name: 'Proof of job search' }).click();
      await page.getByRole('heading', { level: 1, name: 'Proof of job search' }).waitFor();
      expect(await menu.count()).toBe(0);
      expect(watch.errors).toEqual([]);
    });
  });
}
