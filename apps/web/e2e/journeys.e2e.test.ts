/** The journeys a person takes, in Chromium against the real server: sign up, add, move on the
 * board three ways, edit with a validation message, timeline, search and filter with a reload,
 * quick add and palette, sign out and in, and an ended session. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, PASSWORD, signOut, startHarness, type ConsoleWatch, type Harness } from './support.js';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let watch: ConsoleWatch;
let base: string;
const EMAIL = 'journey@example.com';

beforeAll(async () => {
  harness = await startHarness();
  base = harness.server.baseUrl;
  context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 } });
  ({ page, console: watch } = await newPage(context));
  page.setDefaultTimeout(10_000);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await harness?.stop();
});

const column = (name: string) => page.getByRole('region', { name: 'Applications by status' }).locator('section').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
const card = (title: string) => page.locator('li.board-card').filter({ hasText: title });

describe('journeys', () => {
  it('signs up and lands on the board', async () => {
    watch.allow401 = true; // a visitor's first "who am I?" is a 401
    await page.goto(base);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('First name').fill('Jo');
    await page.getByLabel('Last name').fill('Journey');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    watch.allow401 = false;
    await column('Applied').getByText('Nothing here yet').waitFor();
  });

  it('adds an application with the full form', async () => {
    await page.getByRole('link', { name: 'New application' }).click();
    await page.getByLabel('Company name').fill('Acme Robotics');
    await page.getByLabel('Job title').fill('Platform Engineer');
    await page.getByLabel('Job posting link').fill('https://acme.example.com/jobs/1');
    await page.getByLabel('Salary from').fill('90000');
    await page.getByLabel('Salary to').fill('120000');
    await page.getByRole('textbox', { name: 'Required skills', exact: true }).fill('TypeScript');
    await page.getByRole('textbox', { name: 'Required skills', exact: true }).press('Enter');
    await page.getByRole('textbox', { name: 'Required skills', exact: true }).fill('SQL');
    await page.getByRole('textbox', { name: 'Required skills', exact: true }).press('Enter');
    await page.getByLabel('Source').fill('Referral');
    await page.getByLabel('Notes', { exact: true }).fill('Met the team at a meetup');
    await page.getByRole('button', { name: 'Save application' }).click();
    await page.getByRole('heading', { level: 1, name: 'Platform Engineer' }).waitFor();
    expect(await page.getByText('90,000 – 120,000 USD').isVisible()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'TypeScript' }).count()).toBeGreaterThan(0);
  });

  it('moves the card with the Move to menu, the keyboard and the mouse', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board', exact: true }).click();
    await card('Platform Engineer').waitFor();
    expect(await column('Applied').getByText('Platform Engineer').isVisible()).toBe(true);

    // Menu
    await page.getByRole('button', { name: 'Move Platform Engineer at Acme Robotics to…' }).click();
    await page.getByRole('list', { name: 'Move Platform Engineer at Acme Robotics to' }).getByRole('button', { name: 'Screening' }).click();
    await column('Screening').getByText('Platform Engineer').waitFor();
    await expect.poll(() => column('Applied').getByText('Platform Engineer').count()).toBe(0);
    await page.getByText('Moved “Platform Engineer” to Screening.').waitFor();

    // Keyboard: pick up with space, one column right, drop with space
    const handle = page.getByRole('button', { name: 'Drag Platform Engineer at Acme Robotics' });
    await handle.focus();
    await page.keyboard.press('Space');
    // What a screen reader hears guides each key press.
    await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Platform Engineer at Acme Robotics is over the Screening column.').waitFor({ state: 'attached' });
    // dnd-kit's keyboard sensor starts listening for arrow keys in a setTimeout(0) after the pick-up,
    // and Chromium runs input before timers: on a busy machine the arrow could arrive first and be
    // lost. A timer queued now runs after the sensor's, so the sensor is listening when it resolves.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowRight');
    await page.getByText('Platform Engineer at Acme Robotics is over the Interview column.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await column('Interview').getByText('Platform Engineer').waitFor();
    await page.getByText('Moved “Platform Engineer” to Interview.').waitFor();

    // Mouse: drag the card onto the Offer column
    const from = await card('Platform Engineer').boundingBox();
    const to = await column('Offer').boundingBox();
    if (!from || !to) throw new Error('no boxes');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 30, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
    await page.mouse.up();
    await column('Offer').getByText('Platform Engineer').waitFor();
    await expect.poll(() => column('Offer').getByRole('heading').textContent()).toContain('1');
    // The status changes stay after a reload (they are on the server).
    await page.reload();
    await column('Offer').getByText('Platform Engineer').waitFor();
  });

  it('puts a card back with a message when the server refuses the move', async () => {
    const login = await fetch(`${base}/api/auth/login/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
    const token = ((await login.json()) as { access: string }).access;
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${base}/api/applications/`, { method: 'POST', headers, body: JSON.stringify({ company: { name: 'Initech' }, job: { title: 'Ghost Role' } }) });
    const { id } = (await created.json()) as { id: string };
    await page.reload();
    await column('Applied').getByText('Ghost Role').waitFor();
    // Deleted elsewhere (another tab, the REST API): this board still shows it.
    watch.allow404 = true;
    expect((await fetch(`${base}/api/applications/${id}/`, { method: 'DELETE', headers })).status).toBe(204);
    await page.getByRole('button', { name: 'Move Ghost Role at Initech to…' }).click();
    await page.getByRole('list', { name: 'Move Ghost Role at Initech to' }).getByRole('button', { name: 'Screening' }).click();
    await page.getByText('Could not move “Ghost Role” to Screening: Application not found').waitFor();
    await expect.poll(() => column('Screening').getByText('Ghost Role').count()).toBe(0);
    watch.allow404 = false;
  });

  it('edits the application and shows validation messages from the contract schema', async () => {
    await card('Platform Engineer').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Platform Engineer' }).waitFor();
    // Every move above recorded a status_change event.
    for (const text of ['Status changed from applied to screening', 'Status changed from screening to interview', 'Status changed from interview to offer']) {
      await page.getByText(text).waitFor();
    }
    await page.getByRole('link', { name: 'Edit' }).click();
    const link = page.getByLabel('Job posting link');
    await link.fill('not a link');
    await page.getByLabel('Job title').fill('   ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Enter a valid URL.').waitFor();
    await page.getByText('This field may not be blank.').waitFor();
    expect(await link.getAttribute('aria-invalid')).toBe('true');
    await link.fill('https://acme.example.com/jobs/2');
    await page.getByLabel('Job title').fill('Senior Platform Engineer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senior Platform Engineer' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Current status' }).inputValue()).toBe('offer');
  });

  it('adds a timeline event', async () => {
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByLabel('Event type').selectOption('phone_screen');
    await page.getByLabel('Event title').fill('Call with the recruiter');
    await page.getByLabel('Interviewer').fill('Riley');
    await page.getByRole('form', { name: 'Add timeline event' }).getByRole('button', { name: 'Add event' }).click();
    await page.getByText('Call with the recruiter').waitFor();
    expect(await page.getByText('with Riley').isVisible()).toBe(true);
  });

  it('quick-adds with n and opens an application from the command palette', async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'Quick add' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await dialog.getByText('This field may not be blank.').first().waitFor();
    await dialog.getByLabel('Company name').fill('Globex');
    await dialog.getByLabel('Job title').fill('Data Engineer');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Go to or search' });
    await palette.waitFor();
    await palette.getByRole('combobox').fill('Data Eng');
    await palette.getByRole('option', { name: /Data Engineer — Globex/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Data Engineer' }).waitFor();
  });

  it('finds the application by search and filter, and the filtered URL survives a reload', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.type('Acme');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    const table = page.getByRole('region', { name: 'Applications table' });
    await table.getByRole('link', { name: 'Senior Platform Engineer' }).waitFor();
    expect(await table.getByText('Data Engineer').count()).toBe(0);

    await page.getByLabel('Search').fill('');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('offer');
    await page.getByLabel('Company', { exact: true }).fill('acme');
    await expect.poll(() => new URL(page.url()).searchParams.get('company')).toBe('acme');
    expect(new URL(page.url()).searchParams.get('status')).toBe('offer');
    await table.getByRole('link', { name: 'Senior Platform Engineer' }).waitFor();

    await page.reload();
    await page.getByRole('region', { name: 'Applications table' }).getByRole('link', { name: 'Senior Platform Engineer' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('offer');
    expect(await page.getByLabel('Company', { exact: true }).inputValue()).toBe('acme');
    await page.getByRole('checkbox', { name: 'Favorites only' }).check();
    await page.getByRole('heading', { name: 'No applications match' }).waitFor();
  });

  it('syncs companies from applications and shows one with its applications', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('button', { name: 'Sync from applications' }).click();
    await page.getByText('Created 2 companies from your applications.').waitFor();
    await page.getByRole('link', { name: 'Acme Robotics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Robotics' }).waitFor();
    await page.getByRole('link', { name: 'Senior Platform Engineer' }).waitFor();
  });

  it('shows the new numbers on the dashboard, each chart also as a table', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const statusCard = page.getByRole('region', { name: 'Status breakdown' });
    await statusCard.getByRole('img', { name: /^Bar chart of applications per status/ }).waitFor();
    await statusCard.getByRole('button', { name: 'View as table' }).click();
    await statusCard.getByRole('row', { name: 'Offer 1' }).waitFor();
    await page.getByRole('region', { name: 'Applications over time' }).getByRole('img').waitFor();
  });

  it('signs out and back in', async () => {
    await signOut(page);
    await page.getByText('You have signed out.').waitFor();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  });

  it('sends an ended session to sign-in with a message, then back to the wanted page', async () => {
    watch.allow401 = true;
    await page.goto(`${base}/applications?status=offer`);
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    // The session ends elsewhere (here: its cookie is gone); the next request finds out.
    await context.clearCookies();
    await page.getByRole('checkbox', { name: 'Favorites only' }).click();
    await page.getByText('Your session has ended.').waitFor();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/applications');
    expect(url.searchParams.get('status')).toBe('offer');
    watch.allow401 = false;
  });

  it('logged no console errors', () => {
    expect(watch.errors).toEqual([]);
  });
});
