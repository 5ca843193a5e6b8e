/** The fontkit handed to pdf-lib for the report, with two changes to @pdf-lib/fontkit 1.1.1.
 *
 * 1. TrueType subsets always use the long `loca` format. fontkit writes the short format
 *    (offset / 2) whenever the glyph data is under 128 KB, without padding glyph records to even
 *    lengths. Fonts built by current fontTools (Google's Noto Sans among them) have odd-length
 *    records, so every glyph after the first odd one pointed at the wrong bytes and rendered
 *    blank. The long format stores exact offsets, at 2 extra bytes per glyph. CFF-based fonts have
 *    no `loca` and are left alone.
 * 2. Text is mapped to glyphs through the cmap only, without OpenType shaping. pdf-lib uses just
 *    the glyph ids of a layout (it never applies kerning), and shaping every cell was 90% of the
 *    time of a 10,000-row report. Latin, Greek, Cyrillic and CJK need no shaping once the text is
 *    NFC-normalised (done by the font chain); right-to-left and Indic scripts, which pdf-lib
 *    cannot lay out anyway, are not supported. */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type SubsetInternals = { loca?: { version?: number }; _addGlyph?: (this: SubsetInternals, glyphId: number) => number };

function useLongLoca(font: Font): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const internals = subset as unknown as SubsetInternals;
    const addGlyph = internals._addGlyph;
    if (typeof addGlyph === 'function') {
      // `encode` builds a fresh `loca` and then adds the glyphs: choosing the version here makes
      // its preEncode keep the offsets as they are (head.indexToLocFormat follows the version).
      internals._addGlyph = function (this: SubsetInternals, glyphId: number): number {
        if (this.loca) this.loca.version = 1;
        return addGlyph.call(this, glyphId);
      };
    }
    return subset;
  };
}

function useCmapLayout(font: Font): void {
  // Only `glyphs` is read by pdf-lib's embedders; each glyph keeps its code point for ToUnicode.
  font.layout = (text: string) =>
    ({ glyphs: Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0)) }) as unknown as ReturnType<Font['layout']>;
}

export const reportFontkit: Fontkit = {
  create(bytes, postscriptName) {
    const font = fontkit.create(bytes, postscriptName) as unknown as Font;
    useLongLoca(font);
    useCmapLayout(font);
    return font;
  },
};
