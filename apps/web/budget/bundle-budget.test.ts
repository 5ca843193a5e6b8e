/** The bundle budget, checked on the production build: the JavaScript a first visit downloads
 * (the entry script and every chunk it preloads) stays within 230 KB gzipped, and the chart
 * library arrives only with the dashboard. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGET_BYTES = 230 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(`${DIST}${file}`), { level: 9 }).length;

function initialScripts(): string[] {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set([...entry, ...preloads])];
}

describe('bundle budget', () => {
  it('keeps the initial JavaScript within 230 KB gzipped', () => {
    const files = initialScripts();
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((file) => ({ file, gzip: gzipSize(file) }));
    const total = sizes.reduce((sum, item) => sum + item.gzip, 0);
    console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} file(s)`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads the chart library in a lazy chunk only', () => {
    const assets = readdirSync(`${DIST}assets`).filter((file) => file.endsWith('.js'));
    const chartChunks = assets.filter((file) => readFileSync(`${DIST}assets/${file}`, 'utf8').includes('uplot'));
    expect(chartChunks.length).toBeGreaterThan(0);
    const initial = new Set(initialScripts());
    for (const chunk of chartChunks) expect(initial.has(`assets/${chunk}`)).toBe(false);
    const chartGzip = chartChunks.reduce((sum, file) => sum + gzipSize(`assets/${file}`), 0);
    console.log(`chart chunk(s): ${chartChunks.join(', ')}: ${(chartGzip / 1024).toFixed(1)} KB gzipped`);
  });
});
