/** Every main page, with data: an axe scan (no serious or critical violation), no console error,
 * and screenshots in light and dark at desktop and phone width, written to e2e/artifacts/. */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, registerUser, rest, signIn, startHarness, type ConsoleWatch, type Harness } from './support.js';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const EMAIL = 'pages@example.com';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;

let harness: Harness;
let firstId = '';
let companyId = '';
let contactId = '';

async function seed(baseUrl: string): Promise<void> {
  const token = await registerUser(baseUrl, EMAIL, 'Pat', 'Pages');
  const companies = [
    ['Google', 'Technology', 'Mountain View, CA'], ['Stripe', 'Fintech', 'San Francisco, CA'], ['Spotify', 'Music', 'Stockholm, Sweden'],
    ['Shopify', 'E-commerce', 'Ottawa, Canada'], ['Netflix', 'Entertainment', 'Los Gatos, CA'],
  ] as const;
  const titles = ['Backend Developer', 'Frontend Developer', 'Data Engineer', 'Site Reliability Engineer', 'Engineering Manager'];
  const statuses = ['applied', 'screening', 'interview', 'technical_test', 'offer', 'rejected', 'accepted', 'withdrawn'];
  for (let index = 0; index < 16; index++) {
    const [name, industry, location] = companies[index % companies.length]!;
    const created = (await rest(baseUrl, token, 'POST', '/api/applications/', {
      company: { name, industry, location, website: `https://${name.toLowerCase()}.com` },
      job: { title: titles[index % titles.length], salary_min: 80000 + index * 5000, salary_max: 110000 + index * 6000, employment_type: 'full-time', work_mode: 'remote', job_url: `https://${name.toLowerCase()}.com/careers/${index}` },
      application: { status: statuses[index % statuses.length], source: index % 2 ? 'LinkedIn' : 'Referral', applied_date: `2025-0${1 + (index % 8)}-1${index % 9}T10:00:00Z` },
      requirements: { skills_required: ['TypeScript', 'React', 'SQL'].slice(0, 1 + (index % 3)), years_experience: 3 },
      notes: index % 3 === 0 ? 'Follow up next week' : '',
      is_favorite: index % 4 === 0,
    })) as { id: string };
    if (index === 0) firstId = created.id;
    await rest(baseUrl, token, 'POST', `/api/applications/${created.id}/timeline/`, { event_type: 'phone_screen', title: 'Phone screen with the recruiter', interviewer_name: 'Alex' });
  }
  // A resume and an attachment, so the profile and the detail show their files.
  const uploads: Array<[string, string]> = [['/api/applications/upload-resume/', 'Pat Pages CV.pdf'], [`/api/applications/${firstId}/attach/`, 'offer-letter.pdf']];
  for (const [path, name] of uploads) {
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' }));
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  }
  // Something due, so the Due page and its badge have content.
  const today = new Date().toISOString().slice(0, 10);
  await rest(baseUrl, token, 'PUT', `/api/applications/${firstId}/follow-up/`, { next_action: { date: today, text: 'Send the portfolio' }, deadline: today });
  await rest(baseUrl, token, 'POST', '/api/companies/sync/');
  const grace = (await rest(baseUrl, token, 'POST', '/api/contacts/', { name: 'Grace Hopper', role: 'Recruiter', company: 'Google', email: 'grace@google.example', phone: '+1 555 0100' })) as { id: string };
  contactId = grace.id;
  await rest(baseUrl, token, 'POST', `/api/contacts/${grace.id}/applications/${firstId}/`);
  await rest(baseUrl, token, 'POST', `/api/contacts/${grace.id}/interactions/`, { channel: 'phone', date: '2025-01-12T10:00:00Z', note: 'Intro call' });
  await rest(baseUrl, token, 'POST', '/api/contacts/', { name: 'Linus Torvalds', role: 'Hiring manager', company: 'Stripe' });
  const found = (await rest(baseUrl, token, 'GET', '/api/companies/search/?q=Google')) as Array<{ id: string }>;
  companyId = found[0]!.id;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startHarness();
  await seed(harness.server.baseUrl);
}, 90_000);

afterAll(async () => {
  await harness?.stop();
});

type PageSpec = { name: string; path: () => string; ready: (page: Page) => Promise<void> };

const heading = (name: string) => async (page: Page) => {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  // Data, not skeletons, in the picture.
  await page.waitForFunction(() => document.querySelectorAll('[role="status"][aria-label^="Loading"]').length === 0);
};

const PAGES: PageSpec[] = [
  { name: 'board', path: () => '/board', ready: heading('Board') },
  { name: 'applications', path: () => '/applications', ready: heading('Applications') },
  { name: 'application-detail', path: () => `/applications/${firstId}`, ready: heading('Backend Developer') },
  { name: 'application-form', path: () => `/applications/${firstId}/edit`, ready: heading('Edit application') },
  { name: 'companies', path: () => '/companies', ready: heading('Companies') },
  { name: 'company-detail', path: () => `/companies/${companyId}`, ready: heading('Google') },
  {
    name: 'dashboard',
    path: () => '/dashboard',
    ready: async (page) => {
      await heading('Dashboard')(page);
      await page.locator('.chart-figure canvas').first().waitFor();
    },
  },
  { name: 'due', path: () => '/due', ready: heading('Due') },
  {
    name: 'insights',
    path: () => '/insights',
    ready: async (page) => {
      await heading('Insights')(page);
      await page.locator('.chart-figure canvas').first().waitFor();
    },
  },
  { name: 'profile', path: () => '/profile', ready: heading('Profile') },
  { name: 'contacts', path: () => '/contacts', ready: heading('Contacts') },
  { name: 'contact-detail', path: () => `/contacts/${contactId}`, ready: heading('Grace Hopper') },
  { name: 'import', path: () => '/import', ready: heading('Import applications') },
  {
    name: 'proof-of-search',
    path: () => '/proof-of-search',
    ready: async (page) => {
      await heading('Proof of job search')(page);
      await page.getByRole('heading', { level: 2, name: /applications? from/ }).waitFor();
    },
  },
];

async function scan(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('main pages', () => {
  for (const theme of THEMES) {
    for (const [sizeName, viewport] of Object.entries(SIZES)) {
      describe(`${theme}, ${sizeName}`, () => {
        let context: BrowserContext;
        let page: Page;
        let watch: ConsoleWatch;

        beforeAll(async () => {
          context = await harness.browser.newContext({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
          ({ page, console: watch } = await newPage(context));
          page.setDefaultTimeout(10_000);
          watch.allow401 = true; // the visitor's first "who am I?"
          await page.goto(`${harness.server.baseUrl}/sign-in`);
          await page.getByRole('button', { name: 'Sign in' }).waitFor();
          await page.screenshot({ path: `${ARTIFACTS}sign-in-${theme}-${sizeName}.png` });
          expect(await scan(page)).toEqual([]);
          await signIn(page, harness.server.baseUrl, EMAIL);
          watch.allow401 = false;
        }, 60_000);

        afterAll(async () => {
          await context?.close();
        });

        for (const spec of PAGES) {
          it(`${spec.name}: no serious accessibility violation, no console error`, async () => {
            await page.goto(`${harness.server.baseUrl}${spec.path()}`);
            await spec.ready(page);
            await page.screenshot({ path: `${ARTIFACTS}${spec.name}-${theme}-${sizeName}.png`, fullPage: sizeName === 'phone' });
            expect(await scan(page)).toEqual([]);
            expect(watch.errors).toEqual([]);
          });
        }
      });
    }
  }
});
