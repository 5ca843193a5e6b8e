import { describe, expect, it } from 'vitest';
import type { CsvCell } from './csv-writer.js';
import { csvCellText, csvLine, floatCell, quoteField } from './csv-writer.js';

describe('csvCellText', () => {
  it.each<[CsvCell, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    [true, 'True'],
    [false, 'False'],
    [120000, '120000'],
    [-5, '-5'], // a real number is never prefixed
    [4.5, '4.5'], // a fractional number is a float whatever the column
    [{ float: 4 }, '4.0'],
    [{ float: -2 }, '-2.0'],
    ['plain', 'plain'],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1-800-555', `'+1-800-555`],
    ['-5', `'-5`], // text that looks like a number is still text
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
  ])('%j -> %j', (cell, expected) => {
    expect(csvCellText(cell)).toBe(expected);
  });
});

describe('floatCell', () => {
  it('wraps numbers and keeps null empty', () => {
    expect(floatCell(4)).toEqual({ float: 4 });
    expect(floatCell(null)).toBeNull();
    expect(floatCell(undefined)).toBeNull();
  });
});

describe('quoteField', () => {
  it.each([
    ['abc', 'abc'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ["it's", "it's"],
    ['  padded  ', '  padded  '],
  ])('%j -> %j', (text, expected) => {
    expect(quoteField(text)).toBe(expected);
  });
});

describe('csvLine', () => {
  it('joins with commas, ends with CRLF, guards then quotes', () => {
    expect(csvLine(['Acme, Inc.', 3, { float: 4 }, null, true, '=1+2', '\rx'])).toBe(
      `"Acme, Inc.",3,4.0,,True,'=1+2,"'\rx"\r\n`,
    );
  });

  it('writes empty records like Python', () => {
    expect(csvLine([])).toBe('\r\n');
    expect(csvLine([''])).toBe('""\r\n');
    expect(csvLine([null])).toBe('""\r\n');
    expect(csvLine(['', null])).toBe(',\r\n');
  });

  it('keeps non-ASCII text as is', () => {
    expect(csvLine(['Łódź', '東京'])).toBe('Łódź,東京\r\n');
  });
});
