import type { SpawnedServer } from '@jobtracker/api/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, nextFrames, PHONE, registerUser, screenshots, seriousViolations, signIn, startAll, type Api } from './insights-support.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const DAY = 86_400_000;

let server: SpawnedServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startAll());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The built chunk that holds uPlot, found by its stylesheet's class names in the code. */
function chartChunk(): string {
  const chunks = readdirSync(`${DIST}assets`).filter((name) => name.endsWith('.js'));
  const found = chunks.filter((name) => readFileSync(`${DIST}assets/${name}`, 'utf8').includes('u-cursor-pt'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function addApplications(api: Api): Promise<void> {
  const create = async (body: Record<string, unknown>) => {
    const res = await api('POST', '/api/applications/', body);
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const backend = await create({
    company: { name: 'Acme Corp' }, job: { title: 'Backend Engineer', salary_min: 90000, salary_max: 120000 },
    application: { applied_date: daysAgo(10), source: 'LinkedIn' }, requirements: { skills_required: ['TypeScript', 'SQL'] },
  });
  expect((await api('POST', `/api/applications/${backend}/timeline/`, { event_type: 'phone_screen', title: 'Phone screen', date: daysAgo(4) })).status).toBe(201);
  expect((await api('PATCH', `/api/applications/${backend}/status/`, { status: 'interview' })).status).toBe(200);
  const analyst = await create({
    company: { name: 'Globex' }, job: { title: 'Data Analyst', salary_min: 70000, salary_max: 95000 },
    application: { applied_date: daysAgo(3), source: 'Referral' }, requirements: { skills_required: ['SQL', 'Python'] },
  });
  expect((await api('PATCH', `/api/applications/${analyst}/status/`, { status: 'offer' })).status).toBe(200);
  const platform = await create({
    company: { name: 'Acme Corp' }, job: { title: 'Platform Engineer' },
    application: { applied_date: daysAgo(8), source: 'LinkedIn' }, requirements: { skills_required: ['TypeScript'] },
  });
  expect((await api('PATCH', `/api/applications/${platform}/status/`, { status: 'rejected' })).status).toBe(200);
  await create({ company: { name: 'Initech' }, job: { title: 'QA Engineer' } });
}

const panel = (page: Page, name: string) => page.getByRole('region', { name });
const summary = (page: Page, label: string) => page.getByRole('region', { name: 'Summary' }).locator('div', { has: page.getByText(label, { exact: true }) }).locator('.summary-value');
const panelBoxes = (page: Page) =>
  page.locator('section').evaluateAll((sections) => sections.map((section) => `${section.getAttribute('aria-labelledby') ? section.querySelector('h2')?.textContent : section.getAttribute('aria-label')}: ${Math.round(section.getBoundingClientRect().top)}+${Math.round(section.getBoundingClientRect().height)}`));
/** Reloads with the analytics held back, notes where every section is while they load, lets them
 * through, waits for `loaded`, and expects every section where it was. */
async function expectNoJump(page: Page, loaded: () => Promise<void>): Promise<void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/trpc/**', async (route) => {
    if (route.request().url().includes('analytics.')) await gate;
    await route.continue();
  });
  await page.reload();
  await expect.poll(() => page.locator('.panel .skeleton').count()).toBe(9);
  const loading = await panelBoxes(page);
  release();
  await loaded();
  expect(await panelBoxes(page)).toEqual(loading);
  await page.unroute('**/trpc/**');
}

const rows = (page: Page, name: string) => panel(page, name).getByRole('table').getByRole('row').allInnerTexts();

describe('the dashboard in Chromium', () => {
  it('shows what to do first, then charts the applications, by period and as tables', async () => {
    const email = 'dashboard@example.com';
    const api = await registerUser(server.baseUrl, email);
    const chunk = chartChunk();
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/dashboard');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });

    // A new person: the first step, zeros, and empty panels that say what would fill them.
    const first = panel(page, 'Applications over time');
    await expect.poll(() => first.getByRole('heading', { name: 'Your dashboard fills in as you apply' }).isVisible()).toBe(true);
    expect(await first.getByRole('link', { name: 'Add your first application' }).getAttribute('href')).toBe('/applications/new');
    await expect.poll(() => summary(page, 'Applications').textContent()).toBe('0');
    await expect.poll(() => panel(page, 'Skills in demand').getByText('Add required skills to your applications').isVisible()).toBe(true);
    expect(await panel(page, 'Response times').getByText("add the event (screen, interview, rejection) to the application's timeline: this measures").isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'View as table' }).count()).toBe(0);
    await page.setViewportSize(PHONE);
    await expectNoJump(page, async () => {
      await expect.poll(() => first.getByRole('link', { name: 'Add your first application' }).isVisible()).toBe(true);
    });
    await page.setViewportSize(DESKTOP);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'dashboard-empty');
    // Nothing to draw: the chart code has not been loaded, and it is never part of the first page.
    expect(scripts.some((path) => path.endsWith(chunk))).toBe(false);
    const initial = readFileSync(`${DIST}index.html`, 'utf8');
    expect(initial).not.toContain(chunk);

    await addApplications(api);
    // While the figures load, every panel already has its final size: nothing jumps when they land.
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await expectNoJump(page, async () => {
        await expect.poll(() => summary(page, 'Applications').textContent()).toBe('4');
        await expect.poll(() => page.locator('.chart-figure canvas').count()).toBe(5);
      });
    }
    expect(await summary(page, 'Success rate').textContent()).toBe('25%');
    expect(await summary(page, 'Response rate').textContent()).toBe('75%');
    expect(await summary(page, 'Last 30 days').textContent()).toBe('4');
    expect(await page.getByRole('heading', { name: 'Your dashboard fills in as you apply' }).count()).toBe(0);
    const statusChart = panel(page, 'Status breakdown').getByRole('img');
    await expect.poll(() => statusChart.getAttribute('aria-label')).toBe(
      'Bar chart of applications per status. Applied: 1, Screening: 0, Interview: 1, Technical test: 0, Offer: 1, Rejected: 1, Accepted: 0, Withdrawn: 0.',
    );
    await expect.poll(() => statusChart.locator('canvas').count()).toBeGreaterThan(0);
    expect(scripts.some((path) => path.endsWith(chunk))).toBe(true);

    // Every chart has its table.
    await panel(page, 'Status breakdown').getByRole('button', { name: 'View as table' }).click();
    expect(await panel(page, 'Status breakdown').getByRole('button', { name: 'View as table' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rows(page, 'Status breakdown')).toContain('Offer\t1');
    await panel(page, 'Skills in demand').getByRole('button', { name: 'View as table' }).click();
    expect(await rows(page, 'Skills in demand')).toEqual(['Skill\tApplications', 'SQL\t2', 'TypeScript\t2', 'Python\t1']);
    await panel(page, 'Interview stages').getByRole('button', { name: 'View as table' }).click();
    expect(await rows(page, 'Interview stages')).toEqual(['Event type\tEvents', 'Status change\t3', 'Phone screen\t1']);
    await panel(page, 'Response times').getByRole('button', { name: 'View as table' }).click();
    expect(await rows(page, 'Response times')).toEqual(['Figure\tDays', 'Fastest\t3', 'Average\t5.7', 'Slowest\t8', 'Responses counted\t3']);
    await panel(page, 'Salary ranges').getByRole('button', { name: 'View as table' }).click();
    expect((await rows(page, 'Salary ranges')).slice(1, 3)).toEqual(['Lowest minimum\t70,000', 'Average minimum\t80,000']);
    await panel(page, 'Success rate by month').getByRole('button', { name: 'View as table' }).click();
    expect((await rows(page, 'Success rate by month'))[1]).toMatch(/\t4\t1\t25%$/);

    // The period switch regroups "applications over time", and the choice is in the URL.
    const overTime = panel(page, 'Applications over time');
    await overTime.getByRole('button', { name: 'View as table' }).click();
    const month = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    expect(await rows(page, 'Applications over time')).toEqual(['Month\tApplications', `${month}\t4`]);
    await overTime.getByRole('radio', { name: 'Day' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('day');
    const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
    await expect.poll(() => rows(page, 'Applications over time')).toEqual(['Day\tApplications', `${today}\t4`]);
    await overTime.getByRole('radio', { name: 'Week' }).check();
    await expect.poll(() => rows(page, 'Applications over time').then((all) => all[0])).toBe('Week\tApplications');
    expect((await rows(page, 'Applications over time'))[1]).toMatch(/^Week \d+ of \d{4}\t4$/);
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the charts for the pictures; a reload keeps the period.
    await page.reload();
    await expect.poll(() => overTime.getByRole('radio', { name: 'Week' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.chart-figure canvas').count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'dashboard', () => nextFrames(page));

    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
