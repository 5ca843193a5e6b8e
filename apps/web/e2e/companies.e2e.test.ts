import type { SpawnedServer } from '@jobtracker/api/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser, screenshots, seriousViolations, signIn, startAll } from './insights-support.js';

let server: SpawnedServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startAll());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('companies in Chromium', () => {
  it('creates, edits, searches, syncs, opens and deletes companies', async () => {
    const email = 'companies@example.com';
    const api = await registerUser(server.baseUrl, email);
    const acme = [];
    for (const title of ['Backend Engineer', 'Platform Engineer']) {
      const created = await api('POST', '/api/applications/', { company: { name: 'Acme Corp', industry: 'Robotics', location: 'Berlin' }, job: { title } });
      expect(created.status).toBe(201);
      acme.push(created.json as { id: string });
    }
    expect((await api('POST', '/api/applications/', { company: { name: 'Globex' }, job: { title: 'Data Analyst' } })).status).toBe(201);
    expect((await api('PATCH', `/api/applications/${acme[0]!.id}/status/`, { status: 'interview' })).status).toBe(200);

    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/companies');
    await expect.poll(() => page.getByRole('heading', { name: 'No companies yet' }).isVisible()).toBe(true);

    // Create, with a validation message from the contract's schema first.
    await page.getByRole('button', { name: 'Add company' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add company' });
    await dialog.getByLabel('Company name').fill('Initech');
    await dialog.getByLabel('Website').fill('not a url');
    await dialog.getByRole('button', { name: 'Add company' }).click();
    await expect.poll(() => dialog.getByText('Enter a valid URL.').isVisible()).toBe(true);
    expect(await dialog.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Website').fill('https://initech.example.com');
    await dialog.getByLabel('Industry').fill('Software');
    await dialog.getByLabel('Location').fill('Austin, TX');
    await dialog.getByLabel('Glassdoor rating').fill('3.4');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('remote');
    await dialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('b2b');
    await dialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await dialog.getByLabel('Recruiter name').fill('Bill Lumbergh');
    await dialog.getByLabel('Recruiter email').fill('bill@initech.example.com');
    await dialog.getByLabel('Notes').fill('TPS reports, every day.');
    await dialog.getByLabel('Favorite').check();
    await dialog.getByRole('button', { name: 'Add company' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const initech = page.getByRole('list', { name: 'Companies' }).getByRole('listitem').filter({ hasText: 'Initech' });
    await expect.poll(() => initech.getByText('Software · Austin, TX · Glassdoor\u00a03.4\u00a0★').isVisible()).toBe(true);
    expect(await initech.getByRole('button', { name: 'Favorite Initech' }).getAttribute('aria-pressed')).toBe('true');
    expect(await initech.getByRole('list', { name: 'Tags' }).innerText()).toMatch(/remote\s+b2b/);

    // The server's duplicate-name refusal lands on the name field.
    await page.getByRole('button', { name: 'Add company' }).first().click();
    await page.getByRole('dialog').getByLabel('Company name').fill('INITECH');
    await page.getByRole('dialog').getByRole('button', { name: 'Add company' }).click();
    await expect.poll(() => page.getByRole('dialog').getByText('Company with this name already exists').isVisible()).toBe(true);
    expect(await page.getByRole('dialog').getByLabel('Company name').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    // Edit: every field is there, a bad email is refused inline, then saved.
    await initech.getByRole('button', { name: 'Edit Initech' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Initech' });
    expect(await edit.getByLabel('Recruiter email').inputValue()).toBe('bill@initech.example.com');
    await edit.getByLabel('Recruiter email').fill('not-an-email');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.getByText('Enter a valid email address.').isVisible()).toBe(true);
    await edit.getByLabel('Recruiter email').fill('bill@initech.example.com');
    await edit.getByLabel('Industry').fill('Enterprise software');
    await edit.getByRole('button', { name: 'Remove remote' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => initech.getByText('Enterprise software · Austin, TX · Glassdoor\u00a03.4\u00a0★').isVisible()).toBe(true);
    expect(await initech.getByRole('list', { name: 'Tags' }).innerText()).toBe('b2b');

    // Sync: the companies the applications name, with how many were made.
    await page.getByRole('button', { name: 'Sync from applications' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Created' }).textContent()).toBe('Created 2 companies from your applications.');
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').count()).toBe(3);
    expect(await page.getByText('3 companies').isVisible()).toBe(true);

    // Search is in the URL and survives a reload; filters narrow further.
    await page.getByLabel('Search companies').fill('glob');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('glob');
    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').allTextContents()).toEqual(['Globex']);
    expect(await page.getByLabel('Search companies').inputValue()).toBe('glob');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByLabel('Favorites only').check();
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').allTextContents()).toEqual(['Initech']);
    await page.getByLabel('Favorites only').uncheck();
    await page.getByLabel('Location').fill('berlin');
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').allTextContents()).toEqual(['Acme Corp']);
    expect(await page.getByRole('list', { name: 'Companies' }).getByText('2 applications').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').count()).toBe(3);
    await screenshots(page, 'companies');

    // Detail: facts, statistics and the applications, each linking to its own page.
    await page.getByRole('link', { name: 'Acme Corp' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Acme Corp' }).isVisible()).toBe(true);
    const applications = page.getByRole('list', { name: 'Applications at this company' });
    await expect.poll(() => applications.getByRole('link').count()).toBe(2);
    for (const application of acme) {
      const link = applications.getByRole('link').filter({ hasText: application === acme[0] ? 'Backend Engineer' : 'Platform Engineer' });
      expect(await link.getAttribute('href')).toBe(`/applications/${application.id}`);
    }
    const stats = page.getByRole('region', { name: 'Statistics' });
    await expect.poll(() => stats.getByRole('table', { name: 'Applications per status' }).isVisible()).toBe(true);
    expect(await stats.locator('dl').innerText()).toMatch(/Applications\s+2/);
    expect(await stats.getByRole('row', { name: /Interview/ }).innerText()).toMatch(/Interview\s+1/);
    expect(await stats.getByRole('row', { name: /Applied/ }).innerText()).toMatch(/Applied\s+1/);
    expect(await page.getByRole('region', { name: 'About' }).getByText('Robotics').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'company-detail');

    // Delete, after confirming; the applications stay.
    await page.getByRole('link', { name: '← All companies' }).click();
    await page.getByRole('button', { name: 'Delete Globex' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Globex?' });
    expect(await confirm.getByText('Applications that name it stay as they are').isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Delete company' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Companies' }).getByRole('heading').count()).toBe(2);
    expect(await page.getByRole('heading', { name: 'Globex' }).count()).toBe(0);
    expect((await api('GET', '/api/applications/?page_size=0')).json.count).toBe(3);

    // The one expected refusal is the duplicate name (the browser logs the 400 response).
    expect(consoleErrors.filter((text) => !/status of 400/.test(text))).toEqual([]);
    expect(consoleErrors.length).toBeLessThanOrEqual(1);
  }, 120_000);
});
