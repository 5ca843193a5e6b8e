/** Files in the browser with the session cookie: upload and download a resume (the bytes that
 * come back are the bytes that went up), a refused upload with the server's reason, attach a file
 * to an application, download and delete it, export CSV and PDF with the table's filters (the CSV
 * holds exactly the filtered rows), and a request from another origin carrying the cookie is
 * refused with 403. */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, registerUser, rest, signIn, startHarness, type ConsoleWatch, type Harness } from './support.js';

const EMAIL = 'files@example.com';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const RESUME = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
/** Big enough that a throttled upload shows its progress for a moment. */
const NOTES = Buffer.from('Offer letter: start on Monday.\n'.repeat(10_000));

let harness: Harness;
let context: BrowserContext;
let page: Page;
let watch: ConsoleWatch;
let base: string;
let token: string;
let applicationId = '';

const SEED = [
  ['Acme Robotics', 'Platform Engineer', 'interview'],
  ['Acme Robotics', 'Site Reliability Engineer', 'interview'],
  ['Acme Robotics', 'Data Engineer', 'applied'],
  ['Globex', 'Backend Developer', 'interview'],
  ['Initech', 'Frontend Developer', 'rejected'],
] as const;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startHarness();
  base = harness.server.baseUrl;
  token = await registerUser(base, EMAIL, 'Fay', 'Files');
  for (const [company, title, status] of SEED) {
    const created = (await rest(base, token, 'POST', '/api/applications/', { company: { name: company }, job: { title }, application: { status } })) as { id: string };
    if (title === 'Platform Engineer') applicationId = created.id;
  }
  context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, console: watch } = await newPage(context));
  page.setDefaultTimeout(10_000);
  await signIn(page, base, EMAIL);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await harness?.stop();
});

async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: (file as Download).suggestedFilename(), bytes: await readFile((await (file as Download).path())!) };
}

describe('files with the session cookie', () => {
  it('uploads a resume and downloads the same bytes', async () => {
    await page.goto(`${base}/profile`);
    await page.getByText('No resume uploaded yet.').waitFor();
    await page.getByLabel('Upload a resume').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: RESUME });
    await page.getByText('Resume uploaded: cv.pdf.').waitFor();
    const resume = await download(page, page.getByRole('link', { name: 'Download your current resume' }));
    expect(resume.name).toBe('cv.pdf');
    expect(resume.bytes.equals(RESUME)).toBe(true);
    expect(watch.errors).toEqual([]);
  });

  it("shows the server's reason under the button when it refuses a file", async () => {
    watch.allow400 = true; // the refused upload's network line
    await page.getByLabel('Replace your resume').setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00') });
    const reason = page.getByRole('alert').filter({ hasText: 'Upload failed:' });
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/Upload failed: .*\.pdf, \.doc, \.docx, \.txt/);
    await page.getByRole('region', { name: 'Resume' }).screenshot({ path: `${ARTIFACTS}files-upload-refused.png` });
    watch.allow400 = false;
  });

  it('attaches a file to an application, downloads it and deletes it', async () => {
    await page.goto(`${base}/applications/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: 'Platform Engineer' }).waitFor();
    await page.getByText('No files attached.').waitFor();
    // A slow uplink, so the progress bar is there to see.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
    await page.getByLabel('Attach a file').setInputFiles({ name: 'offer.txt', mimeType: 'text/plain', buffer: NOTES });
    await page.getByRole('progressbar', { name: 'Uploading offer.txt' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}files-attach-progress.png` });
    await page.getByText('Attached offer.txt.').waitFor();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
    const attached = await download(page, page.getByRole('link', { name: 'offer.txt' }));
    expect(attached.name).toBe('offer.txt');
    expect(attached.bytes.equals(NOTES)).toBe(true);
    await page.getByRole('button', { name: 'Delete offer.txt' }).click();
    await page.getByText('No files attached.').waitFor();
    expect(watch.errors).toEqual([]);
  });

  it('exports the filtered table as CSV and PDF, and says what each holds', async () => {
    await page.goto(`${base}/applications`);
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    await page.getByText('Exports hold every application, all pages.').waitFor();
    await page.getByLabel('Status').selectOption('interview');
    await page.getByLabel('Company', { exact: true }).fill('acme');
    await page.waitForURL(/company=acme/);
    await page.getByText('The CSV holds every application with status Interview at companies matching “acme”, all pages;').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}files-export-filtered.png` });

    const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toMatch(/^applications_\d{8}\.csv$/);
    const [header, ...rows] = csv.bytes.toString('utf8').trim().split('\r\n');
    expect(header).toBe('Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes');
    expect(rows.map((row) => row.split(',').slice(0, 3).join(',')).sort()).toEqual([
      'Acme Robotics,Platform Engineer,interview',
      'Acme Robotics,Site Reliability Engineer,interview',
    ]);

    const pdf = await download(page, page.getByRole('button', { name: 'Export PDF' }));
    expect(pdf.name).toMatch(/^applications_report_\d{8}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText('Downloaded applications_report_').waitFor();
    expect(watch.errors).toEqual([]);
  });

  it('refuses an upload from another origin even though the browser sends the cookie', async () => {
    // Another port on the same host is the same *site*, so SameSite=Lax lets the cookie go
    // along; only the server's origin check stands between this page and the upload.
    const target = `${base}/api/applications/upload-resume/`;
    const attacker: Server = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      // A form posted by script: the classic CSRF, as a top-level navigation the test can watch.
      response.end(`<!doctype html><title>Win a prize</title>
        <form method="post" enctype="multipart/form-data" action="${target}"><input type="hidden" name="file" value="pwned"></form>
        <script>document.forms[0].submit();</script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const other = await context.newPage();
      const [response] = await Promise.all([
        other.waitForResponse((candidate) => candidate.url() === target),
        other.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`),
      ]);
      const sent = await response.request().allHeaders();
      expect(sent['cookie']).toMatch(/jt_session=/);
      expect(sent['origin']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({ detail: 'Cross-site request refused.' });
      await other.close();
    } finally {
      await new Promise((resolve) => attacker.close(resolve));
    }
    const me = (await rest(base, token, 'GET', '/api/auth/user/')) as { resume_url: string };
    expect(me.resume_url).toMatch(/\.pdf$/);
  });
});
