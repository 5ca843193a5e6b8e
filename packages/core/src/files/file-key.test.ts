import { describe, expect, it } from 'vitest';
import { buildFileKey, fileUrlOf, isOwnFileKey, parseFileKey } from './file-key.js';

const UUID = '2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('parseFileKey', () => {
  it('reads a server-shaped key', () => {
    expect(parseFileKey(`uploads/12/resume/${UUID}.docx`)).toEqual({ ownerId: 12, kind: 'resume', fileName: `${UUID}.docx`, extension: '.docx' });
  });

  it.each([
    `uploads/1/document/../../2/document/${UUID}.pdf`,
    `../uploads/1/document/${UUID}.pdf`,
    `/uploads/1/document/${UUID}.pdf`,
    `uploads/1/document/${UUID}.pdf/..`,
    `uploads/1/document/./${UUID}.pdf`,
    `uploads\\1\\document\\${UUID}.pdf`,
    `uploads/1/document/%2e%2e/${UUID}.pdf`,
    `uploads/01/document/${UUID}.pdf`,
    `uploads/0/document/${UUID}.pdf`,
    `uploads/1/avatar/${UUID}.pdf`,
    `uploads/1/document/${UUID.toUpperCase()}.pdf`,
    `uploads/1/document/${UUID.replace('-4a7b', '-1a7b')}.pdf`,
    `uploads/1/document/${UUID}`,
    `uploads/1/document/${UUID}.PDF`,
    `uploads/1/document/${UUID}.toolongext`,
    `uploads/1/document/.${UUID}.pdf.part`,
    `uploads/99999999999999999999/document/${UUID}.pdf`,
    '',
  ])('refuses %j', (key) => {
    expect(parseFileKey(key)).toBeNull();
  });
});

describe('isOwnFileKey', () => {
  it('is true only inside the owner folder', () => {
    expect(isOwnFileKey(`uploads/3/document/${UUID}.png`, 3)).toBe(true);
    expect(isOwnFileKey(`uploads/3/document/${UUID}.png`, 4)).toBe(false);
    expect(isOwnFileKey('uploads/3/document/x.png', 3)).toBe(false);
  });
});

describe('buildFileKey', () => {
  it('formats the uuid canonically and builds the contract path and url', () => {
    const key = buildFileKey({ ownerId: 5, kind: 'document', uuidHex: UUID.replaceAll('-', ''), extension: '.txt' });
    expect(key).toBe(`uploads/5/document/${UUID}.txt`);
    expect(fileUrlOf(key)).toBe(`/media/uploads/5/document/${UUID}.txt`);
  });

  it.each([
    { ownerId: 0, kind: 'document', uuidHex: UUID.replaceAll('-', ''), extension: '.txt' },
    { ownerId: 1.5, kind: 'document', uuidHex: UUID.replaceAll('-', ''), extension: '.txt' },
    { ownerId: 1, kind: '../x', uuidHex: UUID.replaceAll('-', ''), extension: '.txt' },
    { ownerId: 1, kind: 'resume', uuidHex: 'f'.repeat(32), extension: '.txt' },
    { ownerId: 1, kind: 'resume', uuidHex: UUID.replaceAll('-', ''), extension: '/../x' },
    { ownerId: 1, kind: 'resume', uuidHex: UUID.replaceAll('-', ''), extension: '' },
  ])('refuses unsafe parts %j', (parts) => {
    expect(() => buildFileKey(parts as Parameters<typeof buildFileKey>[0])).toThrow('unsafe parts');
  });
});
