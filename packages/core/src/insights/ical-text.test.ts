import { describe, expect, it } from 'vitest';
import { dateValue, escapeText, foldLine, utcDateTime } from './ical-text.js';

const octets = (text: string): number => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and ends it with CRLF', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(`${line}\r\n`);
  });

  it('folds longer lines at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'y'.repeat(200)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n').slice(0, -1);
    expect(physical.every((part) => octets(part) <= 75)).toBe(true);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(octets(physical[0]!)).toBe(75);
  });

  it('never splits a multi-octet character', () => {
    // "é" is 2 octets and "😀" 4: 74 octets of ASCII then "é" cannot fit on the first line.
    const line = `${'a'.repeat(74)}é${'😀'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n').slice(0, -1);
    expect(physical[0]).toBe('a'.repeat(74));
    expect(physical.every((part) => octets(part) <= 75)).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('value forms', () => {
  it('writes UTC date-times and dates', () => {
    expect(utcDateTime(new Date('2025-03-09T07:05:03.999Z'))).toBe('20250309T070503Z');
    expect(dateValue('2025-03-09')).toBe('20250309');
  });
});
