/** Follow-ups and insights in Chromium against the built server: the due list and its badge,
 * closing as "no response" from a board card and from the detail page (the funnel counts it apart
 * from rejections), the Insights page (tables, settings, calendar feed; axe, console, pictures),
 * and the duplicate warning before saving. */
import type { SpawnedServer } from '@jobtracker/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, nextFrames, registerUser, screenshots, seriousViolations, signIn, startAll, type Api } from './insights-support.js';

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

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function create(api: Api, body: Record<string, unknown>): Promise<string> {
  const res = await api('POST', '/api/applications/', body);
  expect(res.status).toBe(201);
  return res.json.id as string;
}

/** The browser's calendar day, `offset` days from today, as a date input takes it. */
const browserDay = (page: Page, offset = 0) =>
  page.evaluate((days) => {
    const date = new Date(Date.now() + days * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, offset);

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const badge = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByTestId('due-badge');

describe('follow-ups in Chromium', () => {
  it('sets a next action on an application and finds it on the Due page and in the badge', async () => {
    const email = 'due@example.com';
    const api = await registerUser(server.baseUrl, email);
    const acme = await create(api, { company: { name: 'Acme' }, job: { title: 'Backend Engineer' }, application: { applied_date: daysAgo(6) } });
    const globex = await create(api, { company: { name: 'Globex' }, job: { title: 'Data Analyst' }, application: { applied_date: daysAgo(2) } });
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, `/applications/${acme}`);
    expect(await badge(page).count()).toBe(0);

    const followUp = section(page, 'Follow-up');
    await followUp.getByLabel('Next action', { exact: true }).fill('Email the recruiter');
    await followUp.getByLabel('Next action date').fill(await browserDay(page));
    await followUp.getByRole('button', { name: 'Save follow-up' }).click();
    await expect.poll(() => followUp.getByText('Next: Email the recruiter, today.').isVisible()).toBe(true);
    // The badge counts what is overdue or due today.
    await expect.poll(() => badge(page).textContent()).toBe('1: 1 overdue or due today');
    expect(await page.getByRole('link', { name: /^Due\s*: 1 overdue or due today$/ }).isVisible()).toBe(true);

    // A deadline for the other one in three days, and a next action that is already late.
    expect((await api('PUT', `/api/applications/${globex}/follow-up/`, { deadline: await browserDay(page, 3) })).status).toBe(200);
    expect((await api('PUT', `/api/applications/${globex}/follow-up/`, { next_action: { date: await browserDay(page, -2), text: 'Ask about the salary band' } })).status).toBe(200);
    await page.getByRole('link', { name: /^Due/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Due' }).waitFor();
    await expect.poll(() => section(page, /^Today/).getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Email the recruiter')]);
    expect(await section(page, /^Today/).getByRole('link', { name: 'Backend Engineer at Acme' }).getAttribute('href')).toBe(`/applications/${acme}`);
    await expect.poll(() => section(page, /^Overdue/).getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Ask about the salary band')]);
    expect(await section(page, /^This week/).getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/Deadline[\s\S]*Application deadline[\s\S]*Data Analyst at Globex/)]);
    await expect.poll(() => badge(page).textContent()).toBe('2: 2 overdue or due today');

    // Clearing it on the application takes it off the list and the count.
    await page.getByRole('link', { name: 'Backend Engineer at Acme' }).click();
    await section(page, 'Follow-up').getByRole('button', { name: 'Clear follow-up' }).click();
    await expect.poll(() => badge(page).textContent()).toBe('1: 1 overdue or due today');
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('closes silent applications as "no response" from the board and the detail page, apart from rejections', async () => {
    const email = 'silent@example.com';
    const api = await registerUser(server.baseUrl, email);
    const initech = await create(api, { company: { name: 'Initech' }, job: { title: 'Platform Engineer' }, application: { applied_date: daysAgo(30) } });
    const hooli = await create(api, { company: { name: 'Hooli' }, job: { title: 'SRE' }, application: { applied_date: daysAgo(40) } });
    const umbrella = await create(api, { company: { name: 'Umbrella' }, job: { title: 'QA Engineer' }, application: { applied_date: daysAgo(25) } });
    expect((await api('PATCH', `/api/applications/${umbrella}/status/`, { status: 'rejected' })).status).toBe(200);
    await create(api, { company: { name: 'Vandelay' }, job: { title: 'Importer' }, application: { applied_date: daysAgo(3) } });
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/board');

    const card = page.locator('.board-card', { hasText: 'Platform Engineer' });
    await expect.poll(() => card.getByText('Silent 30 days').isVisible()).toBe(true);
    expect(await page.locator('.board-card', { hasText: 'Importer' }).getByText(/Silent/).count()).toBe(0);
    await card.getByRole('button', { name: 'Move Platform Engineer at Initech to…' }).click();
    await card.getByRole('button', { name: 'Close as no response…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close as no response?' });
    await dialog.getByLabel('Note (optional)').fill('Nothing after a month');
    await dialog.getByRole('button', { name: 'Close as no response' }).click();
    // The status stays (the card stays in its column) and shows closed; the silent flag is gone.
    await expect.poll(() => card.getByText('Closed: no response').isVisible()).toBe(true);
    expect(await card.getByText(/Silent/).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Applied/ }).locator('.board-card', { hasText: 'Platform Engineer' }).count()).toBe(1);
    expect((await api('GET', `/api/applications/${initech}/`)).json.timeline.at(-1)).toMatchObject({ closed_as: 'no_response', notes: 'Nothing after a month' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}board-silent-and-closed.png` });

    // From the detail page, after a confirmation.
    await page.goto(`${server.baseUrl}/applications/${hooli}`);
    await page.getByRole('button', { name: 'Close as no response' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close as no response' }).click();
    await expect.poll(() => page.getByText(/^Closed: no response, /).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Close as no response' }).count()).toBe(0);

    // The funnel counts them as "no response", apart from the rejection.
    await page.goto(`${server.baseUrl}/insights`);
    await expect.poll(() => page.locator('.outcome-no_response dd').textContent()).toBe('2');
    expect(await page.locator('.outcome-rejected dd').textContent()).toBe('1');
    expect(await page.locator('.outcome-open dd').textContent()).toBe('1');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

async function seedInsights(api: Api): Promise<void> {
  const rows: Array<{ company: string; title: string; days: number; source: string; resume: string; skills: string[]; reply?: [string, number]; status?: string }> = [
    { company: 'Acme', title: 'Backend Engineer', days: 60, source: 'LinkedIn', resume: 'v1', skills: ['TypeScript', 'SQL'], reply: ['phone_screen', 4], status: 'interview' },
    { company: 'Globex', title: 'Data Engineer', days: 55, source: 'Referral', resume: 'v2', skills: ['Python', 'SQL'], reply: ['technical_interview', 9], status: 'offer' },
    { company: 'Initech', title: 'Platform Engineer', days: 50, source: 'LinkedIn', resume: 'v1', skills: ['Go', 'Kubernetes'] },
    { company: 'Hooli', title: 'SRE', days: 45, source: 'Company Website', resume: 'v2', skills: ['Go', 'Linux'], reply: ['rejection', 12], status: 'rejected' },
    { company: 'Umbrella', title: 'QA Engineer', days: 40, source: 'LinkedIn', resume: 'v1', skills: ['Python'] },
    { company: 'Stark', title: 'Frontend Engineer', days: 30, source: 'Referral', resume: 'v2', skills: ['TypeScript', 'React'], reply: ['phone_screen', 6], status: 'screening' },
    { company: 'Wayne', title: 'Full Stack Engineer', days: 20, source: 'LinkedIn', resume: 'v1', skills: ['TypeScript', 'Go'] },
    { company: 'Cyberdyne', title: 'ML Engineer', days: 12, source: 'Referral', resume: 'v2', skills: ['Python', 'Kubernetes'], reply: ['phone_screen', 3], status: 'screening' },
    { company: 'Tyrell', title: 'Backend Developer', days: 5, source: 'LinkedIn', resume: 'v1', skills: ['SQL'] },
    { company: 'Soylent', title: 'Data Analyst', days: 1, source: 'Company Website', resume: 'v2', skills: ['SQL', 'Python'] },
  ];
  for (const row of rows) {
    const id = await create(api, {
      company: { name: row.company },
      job: { title: row.title },
      application: { applied_date: daysAgo(row.days), source: row.source, resume_version: row.resume },
      requirements: { skills_required: row.skills },
    });
    if (row.reply) {
      const [type, after] = row.reply;
      expect((await api('POST', `/api/applications/${id}/timeline/`, { event_type: type, title: 'Reply', date: daysAgo(row.days - after) })).status).toBe(201);
    }
    if (row.status) expect((await api('PUT', `/api/applications/${id}/`, { application: { applied_date: daysAgo(row.days), source: row.source, resume_version: row.resume, status: row.status } })).status).toBe(200);
  }
  expect((await api('POST', '/api/auth/skills/add/', { skill: 'SQL' })).status).toBe(200);
}

const panel = (page: Page, name: string) => page.getByRole('region', { name });
const tableRows = (page: Page, name: string) => panel(page, name).getByRole('table').first().getByRole('row').allInnerTexts();

describe('the Insights page in Chromium', () => {
  it('draws every insight with its intervals, has every number as a table, and keeps the settings', async () => {
    const email = 'insights@example.com';
    const api = await registerUser(server.baseUrl, email);
    await seedInsights(api);
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/insights');
    // Funnel (2), what works, reply curve, weekly goal, missing skills: six canvases.
    await expect.poll(() => page.locator('.chart-figure canvas').count(), { timeout: 15_000 }).toBe(6);
    expect(await page.getByText('10 sent applications: too few to tell', { exact: false }).isVisible()).toBe(true);
    const rates = panel(page, 'How far applications get').getByRole('img', { name: /^Bar chart of response, interview and offer rates/ });
    expect(await rates.getAttribute('aria-label')).toBe(
      'Bar chart of response, interview and offer rates. Response: 50% (95% interval 23.7% to 76.3%), Interview: 20% (95% interval 5.7% to 51%), Offer: 10% (95% interval 1.8% to 40.4%).',
    );
    expect(await page.getByText(/^Half of your applications had a reply within|^Fewer than half of your 10 sent applications/).first().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'insights', () => nextFrames(page));

    // Every chart as a table.
    await panel(page, 'How far applications get').getByRole('button', { name: 'View as table' }).click();
    expect(await tableRows(page, 'How far applications get')).toEqual([
      'Stage\tReached\tConversion\t95% interval\tNote',
      'Applied\t10\t—\t—\t',
      'Screening\t4\t40%\t16.8% to 68.7%\ttoo few to tell',
      'Interview\t2\t50%\t15% to 85%\ttoo few to tell',
      'Technical test\t1\t50%\t9.5% to 90.6%\ttoo few to tell',
      'Offer\t1\t100%\t20.7% to 100%\ttoo few to tell',
      'Accepted\t0\t0%\t0% to 79.4%\ttoo few to tell',
    ]);
    const compare = panel(page, 'What works');
    await compare.getByRole('radio', { name: 'Resume version' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('resume');
    await compare.getByRole('button', { name: 'View as table' }).click();
    expect(await tableRows(page, 'What works')).toEqual([
      'Resume version\tSent\tResponse\t95% interval\tIn words',
      'v1\t5\t20%\t3.6% to 62.5%\t1 of 5: 20% (95% interval 3.6% to 62.5%), too few to tell',
      'v2\t5\t80%\t37.6% to 96.4%\t4 of 5: 80% (95% interval 37.6% to 96.4%), too few to tell',
    ]);
    await panel(page, 'Time to a reply').getByRole('button', { name: 'View as table' }).click();
    expect((await tableRows(page, 'Time to a reply'))[0]).toBe('Day\tWaiting at the start\tReplies\tStopped waiting without one\tStill waiting\t95% interval');
    await panel(page, 'Goals and forecast').getByRole('button', { name: 'View as table' }).click();
    expect((await tableRows(page, 'Goals and forecast'))[0]).toBe('Week starting\tApplications\tGoal reached');
    await panel(page, 'Skills gap').getByRole('button', { name: 'View as table' }).click();
    expect((await tableRows(page, 'Skills gap')).slice(0, 2)).toEqual(['Skill\tWeight\tApplications asking', 'Python\t9\t4']);
    expect(await seriousViolations(page)).toEqual([]);

    // Settings: a weekly goal shows progress; the silence threshold moves the silent list.
    const settings = panel(page, 'Settings');
    await settings.getByLabel('Weekly goal (applications)').fill('3');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await panel(page, 'Goals and forecast').getByRole('button', { name: 'View as table' }).click();
    await expect.poll(() => panel(page, 'Goals and forecast').getByText(/ of 3 this week/).isVisible()).toBe(true);
    await settings.getByLabel('Silent after (days)').fill('0');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settings.getByText('Ensure this value is greater than or equal to 1.').isVisible()).toBe(true);
    expect((await api('GET', '/api/insights/settings/')).json).toEqual({ silence_days: 21, weekly_goal: 3, calendar_feed: false });

    // The calendar feed: made, fetched without a session, replaced, turned off.
    await settings.getByRole('button', { name: 'Make a feed URL' }).click();
    const url = settings.getByLabel('Calendar feed URL');
    await expect.poll(() => url.inputValue()).toMatch(/\/api\/calendar\/[a-z2-7]{32}\/feed\.ics$/);
    const first = await url.inputValue();
    const feed = await fetch(first);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await settings.getByRole('button', { name: 'Make a new URL' }).click();
    await expect.poll(() => url.inputValue()).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    const second = await url.inputValue();
    await settings.getByRole('button', { name: 'Turn the feed off' }).click();
    await expect.poll(() => settings.getByText('No feed yet.').isVisible()).toBe(true);
    expect((await fetch(second)).status).toBe(404);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('the duplicate warning in Chromium', () => {
  it('warns before saving an application like an earlier one, links to it, and saves anyway on request', async () => {
    const email = 'duplicates@example.com';
    const api = await registerUser(server.baseUrl, email);
    const earlier = await create(api, { company: { name: 'Acme Inc.' }, job: { title: 'Senior Backend Engineer' }, application: { applied_date: daysAgo(20) } });
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/applications/new');
    await page.getByLabel('Company name').fill('ACME GmbH');
    await page.getByLabel('Job title').fill('Backend Engineer');
    await page.getByRole('button', { name: 'Save application' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'You applied to Acme Inc. for a similar role on' });
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.getByRole('link', { name: 'Senior Backend Engineer' }).getAttribute('href')).toBe(`/applications/${earlier}`);
    expect(new URL(page.url()).pathname).toBe('/applications/new');
    expect((await api('GET', '/api/applications/')).json.count).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await page.waitForURL((next) => /^\/applications\/[0-9a-f]{24}$/.test(next.pathname));
    await page.getByRole('heading', { level: 1, name: 'Backend Engineer' }).waitFor();
    expect((await api('GET', '/api/applications/')).json.count).toBe(2);

    // A different role at the same company is saved at once.
    await page.goto(`${server.baseUrl}/applications/new`);
    await page.getByLabel('Company name').fill('Acme');
    await page.getByLabel('Job title').fill('Product Designer');
    await page.getByRole('button', { name: 'Save application' }).click();
    await page.getByRole('heading', { level: 1, name: 'Product Designer' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
