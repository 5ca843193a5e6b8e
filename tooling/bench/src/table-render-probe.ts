/** The applications table in a real browser (Debian's Chromium through playwright-core) on the
 * bench user's 10,000 applications: how long the first page and a filter change take to render,
 * read from the Performance API measures the web app records around its table
 * (apps/web/src/features/applications/table-timing.ts): from the navigation or filter change to
 * the rows painted, fetch included. */
import { chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Statuses the filter changes walk through, each one new to the page's query cache. */
const STATUSES = ['interview', 'offer', 'rejected', 'screening', 'applied', 'withdrawn', 'technical_test', 'accepted'];

export type Samples = { samplesMs: number[]; medianMs: number; maxMs: number };
export type TableRenderResult = {
  /** Board -> Applications in the app (the page's code and the list fetched, rows painted). */
  firstPage: Samples;
  /** A fresh page load of /applications: from the router's start to the rows painted. */
  firstPageOnLoad: Samples;
  /** A different status chosen in the filter: new page fetched, rows painted. */
  filterChange: Samples;
};

function summary(samplesMs: number[]): Samples {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { samplesMs, medianMs, maxMs: sorted.at(-1) ?? 0 };
}

/** Waits for the next `table:<kind>` measure and returns its duration. */
async function nextMeasure(page: Page, kind: 'first-page' | 'filter-change', action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => performance.clearMeasures());
  await action();
  const name = `table:${kind}`;
  await page.waitForFunction((measure) => performance.getEntriesByName(measure, 'measure').length > 0, name, { timeout: 15_000 });
  return page.evaluate((measure) => performance.getEntriesByName(measure, 'measure')[0]?.duration ?? Number.NaN, name);
}

export async function measureTableRenders(options: { baseUrl: string; email: string; password: string; runs: number }): Promise<TableRenderResult> {
  const { baseUrl } = options;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Signing in through tRPC's login sets the HttpOnly session cookie on the browser context.
    const login = await context.request.post(`${baseUrl}/trpc/auth.login`, {
      data: { email: options.email, password: options.password },
      headers: { Origin: baseUrl },
    });
    if (!login.ok()) throw new Error(`browser sign-in answered ${login.status()}`);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const applicationsHeading = page.getByRole('heading', { level: 1, name: 'Applications' });
    const rowsShown = () => page.getByRole('row').nth(1).waitFor();

    const index = await page.goto(`${baseUrl}/board`);
    if (!index?.ok() || !(await page.content()).includes('id="root"')) throw new Error('the server does not serve the web app: build apps/web first');

    const firstPage: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      // A fresh load of the board each time, so the table's data is not in the query cache.
      await page.goto(`${baseUrl}/board`);
      await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
      // The board's columns loaded and the page at rest, so the measure holds only the table's work.
      await page.waitForLoadState('networkidle');
      // A plain CSS locator: role queries walk the whole board, and that work is Playwright's.
      firstPage.push(await nextMeasure(page, 'first-page', () => page.locator('nav[aria-label="Main"] a[href="/applications"]').click()));
      await rowsShown();
    }

    const firstPageOnLoad: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      firstPageOnLoad.push(await nextMeasure(page, 'first-page', () => page.goto(`${baseUrl}/applications`)));
      await applicationsHeading.waitFor();
      await rowsShown();
    }

    const filterChange: number[] = [];
    const status = page.getByLabel('Status');
    for (const value of STATUSES.slice(0, Math.max(1, Math.min(options.runs, STATUSES.length)))) {
      filterChange.push(await nextMeasure(page, 'filter-change', () => status.selectOption(value)));
      await page.waitForURL(new RegExp(`status=${value}`));
      await rowsShown();
    }
    return { firstPage: summary(firstPage), firstPageOnLoad: summary(firstPageOnLoad), filterChange: summary(filterChange) };
  } finally {
    await browser.close();
  }
}
