import type { ArchiveEntry } from '@jobtracker/core';
import { DomainError } from '@jobtracker/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZipArchiveFromBytes, zipEntries } from './index.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.slice(at, at + size);
}

async function zipOf(entries: Array<{ path: string; bytes: Uint8Array; compress: boolean }>): Promise<Uint8Array> {
  async function* all(): AsyncGenerator<ArchiveEntry> {
    for (const entry of entries) yield { path: entry.path, bytes: chunks(entry.bytes, 1000), compress: entry.compress, modifiedAt: NOW };
  }
  const parts: Uint8Array[] = [];
  for await (const part of zipEntries(all())) parts.push(part);
  return Buffer.concat(parts);
}

async function contentOf(reader: { read(path: string): AsyncIterable<Uint8Array> }, path: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of reader.read(path)) parts.push(part);
  return new Uint8Array(Buffer.concat(parts));
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION.FAILED') return JSON.stringify(error.details);
    throw error;
  }
}

describe('zip archive', () => {
  it('writes entries streamed and reads them back in any order, stored or deflated', async () => {
    const text = new TextEncoder().encode('{"a":1}\n'.repeat(5000));
    const binary = Uint8Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 251);
    const docx = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    const zip = await zipOf([
      { path: 'data/applications.jsonl', bytes: text, compress: true },
      { path: 'files/uploads/1/document/x.bin', bytes: binary, compress: false },
      { path: 'files/uploads/1/document/cv.docx', bytes: docx, compress: false },
      { path: 'manifest.json', bytes: new TextEncoder().encode('{}'), compress: true },
    ]);
    expect(zip.byteLength).toBeLessThan(text.byteLength + binary.byteLength);
    const archive = await openZipArchiveFromBytes(zip);
    expect(archive.entries).toEqual([
      { path: 'data/applications.jsonl', size: text.byteLength },
      { path: 'files/uploads/1/document/x.bin', size: binary.byteLength },
      { path: 'files/uploads/1/document/cv.docx', size: docx.byteLength },
      { path: 'manifest.json', size: 2 },
    ]);
    // A zip inside the zip (a .docx) is stored whole: its own headers confuse nothing.
    expect(await contentOf(archive, 'files/uploads/1/document/cv.docx')).toEqual(docx);
    expect(await contentOf(archive, 'manifest.json')).toEqual(new TextEncoder().encode('{}'));
    expect(await contentOf(archive, 'files/uploads/1/document/x.bin')).toEqual(binary);
    expect(await contentOf(archive, 'data/applications.jsonl')).toEqual(text);
    expect(await contentOf(archive, 'data/applications.jsonl')).toEqual(text);
    archive.close();
  });

  it('hands every name to core undecoded, the dangerous ones included', async () => {
    const zip = zipSync({ '../escape.txt': new Uint8Array([1]), '/abs.txt': new Uint8Array([2]), 'a\\b.txt': new Uint8Array([3]) });
    const archive = await openZipArchiveFromBytes(zip);
    expect(archive.entries.map((entry) => entry.path).sort()).toEqual(['../escape.txt', '/abs.txt', 'a\\b.txt']);
    archive.close();
  });

  it('refuses what is not a zip, and an entry whose bytes do not match its declared size', async () => {
    expect(await refusalOf(openZipArchiveFromBytes(new TextEncoder().encode('Company,Title\n')))).toMatch(/"The file is not a zip archive, or it cannot be read: /);
    const stored = zipSync({ 'manifest.json': new TextEncoder().encode('{}') }, { level: 0 });
    // Its only central-directory record (46 bytes and the name, before the 22-byte end record)
    // is made to say 1 compressed byte for 2 stored ones.
    new DataView(stored.buffer).setUint32(stored.byteLength - 22 - (46 + 'manifest.json'.length) + 20, 1, true);
    expect(await refusalOf(openZipArchiveFromBytes(stored))).toMatch(/The archive cannot be read: .*size mismatch/);
    const zip = zipSync({ 'manifest.json': new TextEncoder().encode('x'.repeat(1000)) }, { level: 6 });
    // The central directory is made to say 10 bytes: inflating yields 1000, which must not pass.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findLastIndex((_, index) => index + 4 <= zip.byteLength && view.getUint32(index, true) === 0x02014b50);
    view.setUint32(central + 24, 10, true);
    const archive = await openZipArchiveFromBytes(zip);
    expect(archive.entries).toEqual([{ path: 'manifest.json', size: 10 }]);
    expect(await refusalOf(contentOf(archive, 'manifest.json'))).toMatch(/The archive entry \\"manifest.json\\" cannot be read/);
    archive.close();
  });
});
