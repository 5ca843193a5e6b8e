/// <reference types="node" />
/** Test-only: inspects PDFs with Debian's poppler-utils (pdftotext, pdftoppm). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withPdfFile<T>(pdf: Uint8Array, run: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'report-test-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return run(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page (pdftotext separates pages with a form feed). */
export const pdfPageTexts = (pdf: Uint8Array): string[] =>
  withPdfFile(pdf, (_dir, file) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    .split('\f')
    .slice(0, -1);

export type GrayImage = { width: number; height: number; pixels: Uint8Array };

/** Renders one page to 8-bit gray (binary PGM, trivial to parse) at `dpi`. */
export function renderPageGray(pdf: Uint8Array, page: number, dpi: number): GrayImage {
  return withPdfFile(pdf, (dir, file) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    return parsePgm(readFileSync(join(dir, 'page.pgm')));
  });
}

/** Also writes a PNG, for looking at the page by eye while developing. */
export function renderPagePng(pdf: Uint8Array, page: number, dpi: number, outFileWithoutExt: string): void {
  withPdfFile(pdf, (_dir, file) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outFileWithoutExt]);
  });
}

function parsePgm(bytes: Uint8Array): GrayImage {
  // Header: "P5", width, height, maxval, each separated by whitespace, then one byte per pixel.
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) offset += 1;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) field += String.fromCharCode(bytes[offset++] ?? 32);
    fields.push(field);
  }
  offset += 1;
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`unexpected PGM header ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: bytes.subarray(offset, offset + width * height) };
}

/** Share of pixels darker than `threshold` inside a box given in PDF points from the top left. */
export function inkRatio(image: GrayImage, dpi: number, box: { x: number; top: number; width: number; height: number }, threshold = 235): number {
  const scale = dpi / 72;
  const x0 = Math.round(box.x * scale);
  const y0 = Math.round(box.top * scale);
  const x1 = Math.min(image.width, Math.round((box.x + box.width) * scale));
  const y1 = Math.min(image.height, Math.round((box.top + box.height) * scale));
  let dark = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) if ((image.pixels[y * image.width + x] ?? 255) < threshold) dark += 1;
  }
  return dark / Math.max(1, (x1 - x0) * (y1 - y0));
}
