import { describe, expect, it } from 'vitest';
import { allowedExtensions, extensionOf, fileRuleErrors, MAX_UPLOAD_BYTES, sanitizeDisplayName } from './file-rules.js';

describe('extensionOf', () => {
  it.each([
    ['cv.pdf', '.pdf'],
    ['CV.PDF', '.pdf'],
    ['evil.pdf.exe', '.exe'],
    ['archive.tar.gz', '.gz'],
    ['noext', ''],
    ['.pdf', ''],
    ['..pdf', ''],
    ['trailing.', '.'],
    ['dir.d/file', ''],
    ['a\\b.docx', '.docx'],
  ])('%s -> %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});

describe('allowedExtensions', () => {
  it.each([
    ['resume', ['.pdf', '.doc', '.docx', '.txt']],
    ['document', ['.pdf', '.doc', '.docx', '.txt', '.jpg', '.jpeg', '.png']],
    ['../../etc', []],
    ['', []],
  ])('%s', (kind, list) => {
    expect(allowedExtensions(kind)).toEqual(list);
  });
});

describe('fileRuleErrors', () => {
  it.each([
    { size: MAX_UPLOAD_BYTES, filename: 'a.pdf', kind: 'resume', errors: [] },
    { size: 0, filename: 'a.PNG', kind: 'document', errors: [] },
    { size: MAX_UPLOAD_BYTES + 1, filename: 'a.pdf', kind: 'resume', errors: ['File size exceeds 5MB limit'] },
    {
      size: 10,
      filename: 'a.png',
      kind: 'resume',
      errors: ['File type .png not allowed. Allowed types: .pdf, .doc, .docx, .txt'],
    },
    {
      size: MAX_UPLOAD_BYTES + 1,
      filename: 'evil.pdf.exe',
      kind: 'document',
      errors: ['File size exceeds 5MB limit', 'File type .exe not allowed. Allowed types: .pdf, .doc, .docx, .txt, .jpg, .jpeg, .png'],
    },
    { size: 1, filename: 'a.pdf', kind: 'avatar', errors: ['File type .pdf not allowed. Allowed types: '] },
    { size: 1, filename: 'README', kind: 'document', errors: ['File type  not allowed. Allowed types: .pdf, .doc, .docx, .txt, .jpg, .jpeg, .png'] },
  ])('$filename ($size bytes, $kind)', ({ errors, ...file }) => {
    expect(fileRuleErrors(file)).toEqual(errors);
  });
});

describe('sanitizeDisplayName', () => {
  it.each([
    ['cv.pdf', 'cv.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a/b\\c.pdf', 'c.pdf'],
    ['C:\\Users\\me\\cv.pdf', 'cv.pdf'],
    ['nul\u0000byte.pdf', 'nulbyte.pdf'],
    ['crlf\r\nSet-Cookie: x.pdf', 'crlfSet-Cookie: x.pdf'],
    ['tab\there.txt', 'tabhere.txt'],
    ['résumé 東京.pdf', 'résumé 東京.pdf'],
    ['evil\u202efdp.exe', 'evilfdp.exe'],
    ['  spaced.pdf  ', 'spaced.pdf'],
    ['..', ''],
    ['dir/', ''],
    ['\u0000', ''],
  ])('%j -> %j', (input, output) => {
    expect(sanitizeDisplayName(input)).toBe(output);
  });

  it('caps long names and keeps the extension', () => {
    const name = sanitizeDisplayName(`${'x'.repeat(400)}.pdf`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
