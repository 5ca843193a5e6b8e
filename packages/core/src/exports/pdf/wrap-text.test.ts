import { describe, expect, it } from 'vitest';
import type { FontChain } from './report-fonts.js';
import { wrapText } from './wrap-text.js';

/** Every character is one unit wide: widths are character counts. */
const mono: FontChain = {
  widthOf: (text) => Array.from(text).length,
  fit: (text, _size, maxWidth) => (Array.from(text).length <= maxWidth ? text : `${Array.from(text).slice(0, maxWidth - 1).join('').trimEnd()}…`),
  draw: () => undefined,
};

describe('wrapText', () => {
  it('keeps short text on one line and wraps at spaces', () => {
    expect(wrapText(mono, 'Berlin', 8, 10, 3)).toEqual(['Berlin']);
    expect(wrapText(mono, 'Springfield · https://globex.example', 8, 14, 3)).toEqual(['Springfield ·', 'https://globex', '.example']);
    expect(wrapText(mono, '', 8, 10, 3)).toEqual([]);
  });

  it('breaks words longer than the cell and ends with "…" when lines run out', () => {
    expect(wrapText(mono, 'abcdefghijklmnopqrstuvwxyz', 8, 10, 3)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    expect(wrapText(mono, 'one two three four five six', 8, 8, 2)).toEqual(['one two', 'three f…']);
  });
});
