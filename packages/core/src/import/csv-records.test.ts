import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { csvRecords, sniffSeparator, type CsvRecord } from './csv-records.js';
import { utf8Text } from './utf8-chunks.js';

async function records(...chunks: Array<string | Uint8Array>): Promise<CsvRecord[]> {
  const all: CsvRecord[] = [];
  for await (const record of csvRecords(utf8Text(chunks))) all.push(record);
  return all;
}

const fieldsOf = async (...chunks: Array<string | Uint8Array>) => (await records(...chunks)).map((record) => record.fields);

async function fileErrorOf(...chunks: Array<string | Uint8Array>): Promise<string> {
  try {
    await records(...chunks);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION.FAILED') {
      return ((error.details as { fieldErrors: { file: string[] } }).fieldErrors.file[0]) ?? '';
    }
    throw error;
  }
  return 'no error';
}

describe('csvRecords (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and CRLF, LF or CR line ends', async () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\n1,,3\rlast,"",end';
    expect(await records(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['1', '', '3'] },
      { line: 5, fields: ['last', '', 'end'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries, CRLF and quotes split included', async () => {
    const text = 'h1,h2\r\n"a ""b""",c\r\n"x\r\ny",z\r\n';
    const expected = await fieldsOf(text);
    for (let size = 1; size <= 4; size += 1) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, index * size + size));
      expect(await fieldsOf(...chunks)).toEqual(expected);
    }
    expect(expected).toEqual([['h1', 'h2'], ['a "b"', 'c'], ['x\ny', 'z']]);
  });

  it('drops a UTF-8 BOM, decodes characters split between byte chunks, and keeps a bare quote inside a field', async () => {
    const bytes = new TextEncoder().encode('\uFEFFName,Note\nZoë,5" screen\n');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await fieldsOf(bytes.subarray(0, split), bytes.subarray(split))).toEqual([['Name', 'Note'], ['Zoë', '5" screen']]);
  });

  it('sniffs ; and tab separators from the header line', async () => {
    expect(sniffSeparator('Firma;Position;"Datum; beworben"')).toBe(';');
    expect(sniffSeparator('a\tb\tc')).toBe('\t');
    expect(sniffSeparator('single')).toBe(',');
    expect(await fieldsOf('Firma;Stelle\nACME GmbH;"Dev; Ops"\n')).toEqual([['Firma', 'Stelle'], ['ACME GmbH', 'Dev; Ops']]);
  });

  it('refuses broken quoting with its line and column', async () => {
    expect(await fileErrorOf('a,b\n1,"open\n2,3\n')).toBe('Broken quoting: the quoted field that starts on line 2, column 3 is never closed.');
    expect(await fileErrorOf('a,b\n"x"y,2\n')).toBe(
      'Broken quoting on line 2, column 4: after the closing quote of a field comes "y"; a quote inside a quoted field must be doubled ("").',
    );
  });

  it('refuses text that is not UTF-8, naming the line and the byte', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('Company,Title\nAcme,Dev\nCaf'), 0xe9, 0x0a]);
    expect(await fileErrorOf(latin1)).toBe('The file is not UTF-8 text (line 3 has the byte 0xE9). Save it as "CSV UTF-8" and upload it again.');
    expect(await fileErrorOf(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toMatch(/UTF-16/);
    expect(await fileErrorOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(/workbook/);
    expect(await fileErrorOf(Uint8Array.from([0x61, 0xe2, 0x82]))).toMatch(/ends inside a character/);
  });

  it('stops at the size limit before reading on', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let read = 0;
    async function* endless() {
      for (;;) {
        read += 1;
        yield chunk;
      }
    }
    const all: string[] = [];
    await expect(
      (async () => {
        for await (const text of utf8Text(endless(), 10 * 1024)) all.push(text);
      })(),
    ).rejects.toThrow(DomainError);
    expect(read).toBe(11);
  });
});
