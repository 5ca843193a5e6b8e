/** People and portability in Chromium against the real server: the contacts journey, importing a
 * CSV the app exported itself and one in another tracker's format, backing up and restoring into
 * a new account (compared over the API), the proof-of-search downloads and deleting the account;
 * axe scans and screenshots of the new pages. */
import type { SpawnedServer } from '@jobtracker/api/testing';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, registerUser, screenshots, seriousViolations, signIn, startAll, type Api } from './insights-support.js';

let server: SpawnedServer;
let browser: Browser;
let files: string;

beforeAll(async () => {
  ({ server, browser } = await startAll());
  files = mkdtempSync(join(tmpdir(), 'portability-e2e-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(files, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

async function seedApplications(api: Api): Promise<string[]> {
  const ids: string[] = [];
  for (const body of [
    { company: { name: 'Acme Robotics', location: 'Berlin', website: 'https://acme.example' }, job: { title: 'Platform Engineer', salary_min: 90000, salary_max: 120000 }, application: { status: 'interview', source: 'LinkedIn', applied_date: '2025-03-04T09:00:00Z' }, notes: 'Met the team, "great" people' },
    { company: { name: 'Globex' }, job: { title: 'Data Analyst' }, application: { status: 'applied', source: 'Email', applied_date: '2025-03-06T09:00:00Z' } },
    { company: { name: 'Initech' }, job: { title: 'Backend Developer' }, application: { status: 'rejected', applied_date: '2025-03-12T09:00:00Z' }, notes: '=SUM(A1:A3)' },
  ]) {
    const created = await api('POST', '/api/applications/', body);
    expect(created.status).toBe(201);
    ids.push(created.json.id as string);
  }
  return ids;
}

/** What an account holds, over the API, without ids: for comparing a restore with its source. */
async function accountView(api: Api): Promise<unknown> {
  const me = (await api('GET', '/api/auth/user/')).json;
  const applications = (await api('GET', '/api/applications/?page_size=100')).json.results as Array<Record<string, any>>;
  const contacts = (await api('GET', '/api/contacts/?page_size=100')).json.results as Array<Record<string, any>>;
  const companies = (await api('GET', '/api/companies/?page_size=100')).json.results as Array<Record<string, any>>;
  const titleOf = new Map(applications.map((application) => [application.id, application.job.title]));
  const strip = ({ id: _id, user_id: _user, ...rest }: Record<string, any>) => rest;
  return {
    profile: { first_name: me.first_name, last_name: me.last_name, bio: me.bio, skills: me.skills, resume: Boolean(me.resume_url) },
    applications: applications.map((application) => ({
      ...strip(application),
      attachments: application.attachments.map(({ filename, file_size }: Record<string, unknown>) => ({ filename, file_size })),
    })),
    contacts: contacts.map((contact) => ({ ...strip(contact), application_ids: contact.application_ids.map((id: string) => titleOf.get(id)) })),
    companies: companies.map(strip),
  };
}

/** `registerUser` with the Bearer token too, for a multipart upload. */
async function registerWithToken(email: string): Promise<{ api: Api; token: string }> {
  const api = await registerUser(server.baseUrl, email);
  const login = await fetch(`${server.baseUrl}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return { api, token: ((await login.json()) as { access: string }).access };
}

/** Screenshots from the top of the page (a full-page picture of a scrolled page shows the sticky
 * header mid-way), each width checked for horizontal overflow first. */
async function pictures(page: Page, name: string): Promise<void> {
  await screenshots(page, name, async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} overflows`).toBeLessThanOrEqual(0);
  });
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(files, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

describe('contacts in Chromium', () => {
  it('adds, edits, links to applications both ways, logs interactions, searches and deletes', async () => {
    const email = 'contacts@example.com';
    const api = await registerUser(server.baseUrl, email);
    const [acme] = await seedApplications(api);
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, email, '/contacts');
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();

    // Add, with the contract's validation message first.
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add contact' });
    await dialog.getByLabel('Name').fill('Grace Hopper');
    await dialog.getByLabel('Email').fill('grace@');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.getByText('Enter a valid email address.').waitFor();
    await dialog.getByLabel('Email').fill('grace@navy.example');
    await dialog.getByLabel('Role').fill('Recruiter');
    await dialog.getByLabel('Company').fill('Acme Robotics');
    await dialog.getByLabel('Profile URL').fill('https://www.linkedin.com/in/grace');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grace Hopper' }).waitFor();
    await page.getByText('Recruiter at Acme Robotics').waitFor();

    // Edit.
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Grace Hopper' });
    await edit.getByLabel('Phone').fill('+1 555 0100');
    await edit.getByLabel('Notes').fill('Prefers calls in the morning');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('link', { name: '+1 555 0100' }).waitFor();

    // Link an application from the contact's page.
    await page.getByLabel('Link an application').fill('Acme');
    await page.getByRole('button', { name: 'Link Platform Engineer at Acme Robotics' }).click();
    await page.getByRole('list', { name: 'Applications of Grace Hopper' }).getByRole('link', { name: 'Platform Engineer at Acme Robotics' }).waitFor();

    // Log two interactions: newest first, and "last contacted" follows.
    await page.getByLabel('Date').fill('2025-03-05');
    await page.getByLabel('Channel').selectOption('phone');
    await page.getByLabel('Note').fill('Intro call about the role');
    await page.getByRole('button', { name: 'Log interaction' }).click();
    const log = page.getByRole('list', { name: 'Interactions with Grace Hopper' });
    await log.getByText('Intro call about the role').waitFor();
    await page.getByLabel('Date').fill('2025-03-10');
    await page.getByLabel('Channel').selectOption('email');
    await page.getByLabel('Note').fill('Sent my portfolio');
    await page.getByRole('button', { name: 'Log interaction' }).click();
    await expect.poll(() => log.getByRole('listitem').count()).toBe(2);
    expect(await log.getByRole('listitem').first().innerText()).toMatch(/^Email\s+Mar 10, 2025[\s\S]*Sent my portfolio/);
    expect(await log.getByRole('listitem').nth(1).innerText()).toMatch(/^Phone call\s+Mar 5, 2025[\s\S]*Intro call about the role/);
    await page.getByText('Last contacted Mar 10, 2025').waitFor();
    await pictures(page, 'contact-detail');
    expect(await seriousViolations(page)).toEqual([]);

    // The application's page lists the contact; a new contact is added and linked from there.
    await page.getByRole('link', { name: 'Platform Engineer at Acme Robotics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Platform Engineer' }).waitFor();
    const section = page.getByRole('region', { name: 'Contacts' });
    await section.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    await section.getByRole('button', { name: 'Add a new contact' }).click();
    const add = page.getByRole('dialog', { name: 'Add contact' });
    await add.getByLabel('Name').fill('Linus Hiring');
    await add.getByLabel('Role').fill('Hiring manager');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await section.getByRole('link', { name: 'Linus Hiring' }).waitFor();
    await section.getByRole('button', { name: 'Unlink Grace Hopper' }).click();
    await expect.poll(() => section.getByRole('link', { name: 'Grace Hopper' }).count()).toBe(0);
    await section.getByLabel('Link a contact').fill('grace');
    await section.getByRole('button', { name: 'Link Grace Hopper' }).click();
    await section.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    expect(((await api('GET', `/api/applications/${acme}/contacts/`)).json as Array<{ name: string }>).map((contact) => contact.name)).toEqual(['Grace Hopper', 'Linus Hiring']);
    expect(await seriousViolations(page)).toEqual([]);

    // The list: search in the URL, survives a reload.
    await page.goto(`${server.baseUrl}/contacts`);
    await page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').nth(1).waitFor();
    await pictures(page, 'contacts');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Search contacts').fill('hiring');
    await page.waitForURL(/q=hiring/);
    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').count()).toBe(1);
    expect(await page.getByLabel('Search contacts').inputValue()).toBe('hiring');

    // Delete.
    await page.getByRole('link', { name: 'Linus Hiring' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete Linus Hiring?' }).getByRole('button', { name: 'Delete contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    expect((await api('GET', '/api/contacts/')).json.count).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});

describe('import in Chromium', () => {
  it('imports a CSV the app exported itself, then the same file again adds nothing', async () => {
    const source = await registerWithToken('export-source@example.com');
    await seedApplications(source.api);
    const csvText = await (await fetch(`${server.baseUrl}/api/analytics/export/applications/csv/`, { headers: { Authorization: `Bearer ${source.token}` } })).text();
    expect(csvText.split('\r\n')[0]).toBe('Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes');
    const csvPath = join(files, 'own-export.csv');
    writeFileSync(csvPath, csvText);

    const target = await registerUser(server.baseUrl, 'import-own@example.com');
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, 'import-own@example.com', '/import');
    await page.getByLabel('CSV file').setInputFiles(csvPath);
    await page.getByText('Recognised as Job Tracker export.').waitFor();
    await page.getByText('3 rows: 3 new, 0 imported before, 0 with errors (skipped)').waitFor();
    await page.getByRole('button', { name: 'Import 3 applications' }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Import finished' });
    await summary.getByText('3 applications imported.').waitFor();
    const imported = (await target('GET', '/api/applications/?page_size=100')).json.results as Array<Record<string, any>>;
    expect(imported.map((application) => application.company.name).sort()).toEqual(['Acme Robotics', 'Globex', 'Initech']);
    const acme = imported.find((application) => application.company.name === 'Acme Robotics')!;
    expect(acme).toMatchObject({ job: { title: 'Platform Engineer', salary_min: 90000, salary_max: 120000 }, application: { status: 'interview', source: 'LinkedIn' }, notes: 'Met the team, "great" people' });
    // A formula exported with its guard comes back as text, still guarded.
    expect(imported.find((application) => application.company.name === 'Initech')!.notes).toBe("'=SUM(A1:A3)");

    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('CSV file').setInputFiles(csvPath);
    await page.getByText('3 rows: 0 new, 3 imported before').waitFor();
    expect(await page.getByRole('button', { name: 'Nothing new to import' }).isDisabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('imports another tracker’s file with an adjusted mapping, after showing each row’s problems', async () => {
    const api = await registerUser(server.baseUrl, 'import-huntr@example.com');
    const huntr = [
      'Title,Employer,List,URL,Created At,Location,Excitement',
      'Data Engineer,Globex,Interview,https://jobs.example.com/1,03/04/2025,Remote,5',
      'Analyst,Initech,Ghosted,,25/02/2025,,2',
      'Designer,,Wishlist,,26/02/2025,,',
      'PM,"=HYPERLINK(""http://evil.example"")",Applied,not a link,27/02/2025,,',
    ].join('\n');
    const path = join(files, 'huntr-export.csv');
    writeFileSync(path, huntr);
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, 'import-huntr@example.com', '/import');
    await page.getByLabel('CSV file').setInputFiles(path);
    await page.getByText('Recognised as Huntr.').waitFor();
    await page.getByText('4 rows: 3 new, 0 imported before, 1 with errors (skipped)').waitFor();
    // The file's own dates decided the order (25/02 can only be day first).
    await page.getByText(/Now read day first, decided by the file’s own dates/).waitFor();

    // Problems are shown before anything is written.
    await page.getByLabel('Only rows with problems').check();
    const rows = page.getByRole('table', { name: 'Rows of the file' });
    await rows.getByRole('row').filter({ hasText: 'Skipped: has errors' }).waitFor();
    await rows.getByText(/stored as text with a leading '/).waitFor();
    expect((await api('GET', '/api/applications/')).json.count).toBe(0);

    // "Excitement" is kept in the notes unless the person says otherwise.
    await page.getByLabel('Import “Excitement” as').selectOption('ignore');
    await expect.poll(async () => page.getByLabel('Import “Excitement” as').inputValue()).toBe('ignore');
    await page.getByText('4 rows: 3 new').waitFor();
    await pictures(page, 'import-preview');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import 3 applications' }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Import finished' });
    await summary.getByText('3 applications imported.').waitFor();
    await summary.getByText(/1 row with errors left out \(line 4\)/).waitFor();
    await pictures(page, 'import-result');
    const stored = (await api('GET', '/api/applications/?page_size=100')).json.results as Array<Record<string, any>>;
    const globex = stored.find((application) => application.company.name === 'Globex')!;
    expect(globex).toMatchObject({ job: { title: 'Data Engineer', job_url: 'https://jobs.example.com/1' }, application: { status: 'interview', applied_date: '2025-04-03 00:00:00' }, notes: '' });
    const initech = stored.find((application) => application.company.name === 'Initech')!;
    expect(initech.application.status).toBe('applied');
    expect(initech.timeline.map((event: { event_type: string }) => event.event_type)).toEqual(['no_response']);
    expect(consoleErrors).toEqual([]);
  });
});

describe('backup and restore in Chromium', () => {
  it('downloads a backup, restores it into a new account, and the two accounts hold the same', async () => {
    const { api, token } = await registerWithToken('backup-source@example.com');
    const [acme, globex] = await seedApplications(api);
    await api('PUT', '/api/auth/user/', { first_name: 'Ada', last_name: 'Lovelace', bio: 'Analytical engines' });
    await api('POST', '/api/auth/skills/add/', { skill: 'Python' });
    const contact = (await api('POST', '/api/contacts/', { name: 'Grace', role: 'Recruiter' })).json.id as string;
    await api('POST', `/api/contacts/${contact}/applications/${acme}/`);
    await api('POST', `/api/contacts/${contact}/applications/${globex}/`);
    await api('POST', `/api/contacts/${contact}/interactions/`, { channel: 'phone', date: '2025-03-05T10:00:00Z', note: 'Intro' });
    await api('POST', '/api/companies/', { name: 'Acme Robotics', industry: 'Robotics', tags: ['remote'] });

    const { page, consoleErrors } = await signIn(browser, server.baseUrl, 'backup-source@example.com', '/profile');
    // An attachment with its file (uploaded over the API, as another client would).
    const form = new FormData();
    form.append('file', new File([PDF], 'letter.pdf', { type: 'application/pdf' }));
    const attached = await fetch(`${server.baseUrl}/api/applications/${acme}/attach/`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(attached.status).toBe(201);
    await page.getByRole('heading', { name: 'Back up and restore' }).waitFor();
    const backup = await saveDownload(page, () => page.getByRole('button', { name: 'Download backup' }).click());
    expect(backup.name).toMatch(/^jobtracker_account_\d{8}\.zip$/);
    expect(readFileSync(backup.path).subarray(0, 2).toString()).toBe('PK');
    await page.context().close();

    const restoredApi = await registerUser(server.baseUrl, 'backup-target@example.com');
    const target = await signIn(browser, server.baseUrl, 'backup-target@example.com', '/profile');
    await target.page.getByLabel('Backup file (.zip)').setInputFiles(backup.path);
    await target.page.getByRole('button', { name: 'Restore' }).click();
    await target.page.getByText(/^Restored 3 applications, 1 company, 1 contact and \d files?\.$/).waitFor();
    // The profile on the page is the archive's now.
    await expect.poll(() => target.page.getByLabel('First name').inputValue()).toBe('Ada');
    await pictures(target.page, 'profile-account-data');
    expect(await seriousViolations(target.page)).toEqual([]);
    expect(await accountView(restoredApi)).toEqual(await accountView(api));

    // A second restore is refused: the account is not empty any more.
    await target.page.getByLabel('Backup file (.zip)').setInputFiles(backup.path);
    await target.page.getByRole('button', { name: 'Restore' }).click();
    await target.page.getByText('Nothing was restored: Account is not empty: restore needs an account without applications, companies or contacts').waitFor();
    expect(consoleErrors).toEqual([]);
    expect(target.consoleErrors.filter((line) => !line.includes('status of 409'))).toEqual([]);
  });
});

describe('proof of search in Chromium', () => {
  it('shows the period’s applications and downloads them as PDF and CSV', async () => {
    const api = await registerUser(server.baseUrl, 'proof@example.com');
    await seedApplications(api);
    const { page, consoleErrors } = await signIn(browser, server.baseUrl, 'proof@example.com', '/proof-of-search');
    await page.getByLabel('From', { exact: true }).fill('2025-03-01');
    await page.getByLabel('To', { exact: true }).fill('2025-03-31');
    await page.getByLabel('Language for dates').fill('de-DE');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { name: '3 applications from 01.03.2025 to 31.03.2025' }).waitFor();
    const table = page.getByRole('table', { name: 'Applications of the period' });
    await table.getByRole('row').filter({ hasText: 'Acme Robotics' }).getByText('Berlin · https://acme.example').waitFor();
    await table.getByText('04.03.2025').waitFor();
    const weeks = page.getByRole('table', { name: 'Applications per week' });
    await weeks.getByRole('row').filter({ hasText: '2025-W10' }).getByText('2', { exact: true }).waitFor();
    await pictures(page, 'proof-of-search');
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await saveDownload(page, () => page.getByRole('button', { name: 'Download PDF' }).click());
    expect(pdf.name).toBe('proof_of_search_2025-03-01_2025-03-31.pdf');
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    const lines = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Proof of job search');
    expect(lines).toContain('04.03.2025,Acme Robotics,Berlin · https://acme.example,Platform Engineer,LinkedIn,,Interview');
    expect(lines).toContain('Total,3');

    // A reversed period is refused on its field.
    await page.getByLabel('From', { exact: true }).fill('2025-04-01');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByText('The period ends before it starts.').waitFor();
    expect(consoleErrors.filter((line) => !line.includes('status of 400'))).toEqual([]);
  });
});

describe('account deletion in Chromium', () => {
  it('asks for the password, then deletes everything and signs out', async () => {
    const api = await registerUser(server.baseUrl, 'leaving@example.com');
    await seedApplications(api);
    const { page } = await signIn(browser, server.baseUrl, 'leaving@example.com', '/profile');
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByLabel('Password').fill('not my password');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await dialog.getByText('Password is incorrect.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('Your account and everything in it have been deleted.').waitFor();
    expect((await api('GET', '/api/auth/user/')).status).toBe(401);
    const login = await fetch(`${server.baseUrl}/api/auth/login/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'leaving@example.com', password: PASSWORD }),
    });
    expect(login.status).toBe(401);
  });
});
