import { describe, expect, it } from 'vitest';
import { contentMatchesExtension, createContentSniffer, detectContent, type DetectedContent } from './content-sniff.js';

const bytes = (...parts: Array<number[] | string>): Uint8Array => {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const b of new Uint8Array([...unescape(encodeURIComponent(part))].map((c) => c.charCodeAt(0)))) out.push(b);
    else out.push(...part);
  }
  return new Uint8Array(out);
};

function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}
function u32(n: number): number[] {
  return [...u16(n & 0xffff), ...u16(n >>> 16)];
}

/** A stored (uncompressed) ZIP with the given entry names. */
function zipWith(names: string[], firstEntryBytes = 0): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  let padding = firstEntryBytes;
  for (const name of names) {
    const nameBytes = [...bytes(name)];
    const offset = local.length + firstEntryBytes - padding;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(padding), ...u32(padding), ...u16(nameBytes.length), ...u16(0), ...nameBytes);
    padding = 0;
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u16(nameBytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
  }
  const eocd = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(local.length + firstEntryBytes), ...u16(0)];
  // The first entry's data (zeros) sits right after its local header.
  const firstHeader = 30 + bytes(names[0] ?? '').length;
  const out = new Uint8Array(local.length + firstEntryBytes + central.length + eocd.length);
  out.set(local.slice(0, firstHeader));
  out.set(local.slice(firstHeader), firstHeader + firstEntryBytes);
  out.set([...central, ...eocd], local.length + firstEntryBytes);
  return out;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

describe('detectContent', () => {
  it.each<[string, Uint8Array, DetectedContent]>([
    ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), 'pdf'],
    ['OLE compound file (DOC)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'doc'],
    ['DOCX', zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']), 'docx'],
    ['plain ZIP', zipWith(['a.txt', 'b/c.txt']), 'zip'],
    ['XLSX-like ZIP', zipWith(['[Content_Types].xml', 'xl/workbook.xml']), 'zip'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['PNG', new Uint8Array(PNG), 'png'],
    ['UTF-8 text', bytes('Hello, résumé 東京\r\n\tline 2\n'), 'text'],
    ['empty', new Uint8Array(0), 'text'],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>'), 'text'],
    ['PE executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]), 'binary'],
    ['ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'binary'],
    ['NUL byte', bytes('abc', [0], 'def'), 'binary'],
    ['invalid UTF-8', bytes([0x61, 0xc3, 0x28]), 'binary'],
    ['overlong UTF-8', bytes([0xc0, 0xaf]), 'binary'],
    ['UTF-16 surrogate in UTF-8', bytes([0xed, 0xa0, 0x80]), 'binary'],
    ['truncated sequence', bytes('ok', [0xe6, 0x9d]), 'binary'],
    ['short %PDF without dash', bytes('%PDF'), 'text'],
  ])('%s', (_, input, expected) => {
    expect(detectContent(input)).toBe(expected);
  });

  it('gives the same answer when the bytes arrive in small chunks', () => {
    const docx = zipWith(['[Content_Types].xml', 'word/document.xml']);
    const text = bytes('東京 résumé '.repeat(50));
    for (const [input, expected] of [[docx, 'docx'], [text, 'text'], [new Uint8Array(PNG), 'png']] as const) {
      const sniffer = createContentSniffer();
      for (let i = 0; i < input.length; i += 3) sniffer.push(input.subarray(i, i + 3));
      expect(sniffer.finish()).toBe(expected);
    }
  });

  it('finds the DOCX directory after megabytes of entry data, streamed in 64 KiB chunks', () => {
    const docx = zipWith(['media/big.bin', 'word/document.xml'], 3 * 1024 * 1024);
    const sniffer = createContentSniffer();
    for (let i = 0; i < docx.length; i += 65536) sniffer.push(docx.subarray(i, i + 65536));
    expect(sniffer.finish()).toBe('docx');
    expect(detectContent(zipWith(['media/big.bin', 'xl/x.xml'], 3 * 1024 * 1024))).toBe('zip');
  });
});

describe('contentMatchesExtension', () => {
  it.each<[string, DetectedContent, boolean]>([
    ['.pdf', 'pdf', true],
    ['.pdf', 'binary', false],
    ['.pdf', 'text', false],
    ['.doc', 'doc', true],
    ['.docx', 'docx', true],
    ['.docx', 'zip', false],
    ['.jpg', 'jpeg', true],
    ['.jpeg', 'jpeg', true],
    ['.png', 'png', true],
    ['.png', 'text', false],
    ['.txt', 'text', true],
    ['.txt', 'png', false],
    ['.exe', 'binary', false],
  ])('%s with %s -> %s', (extension, content, ok) => {
    expect(contentMatchesExtension(extension, content)).toBe(ok);
  });
});
