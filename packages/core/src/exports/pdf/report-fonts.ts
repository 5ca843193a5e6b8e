/** Embedded Unicode fonts for the PDF report, with per-character fallback between faces: the
 * standard PDF fonts are Latin-only, and no single free face covers both "Łódź" and "東京". */
import { reportFontkit } from './report-fontkit.js';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

/** Font files as bytes: core reads no files, so the caller (apps/api) loads them. */
export type ReportFontBytes = {
  /** Body face, a TTF/OTF covering at least Latin (e.g. Noto Sans Regular). */
  regular: Uint8Array;
  /** Headings and table headers; the regular face when absent. */
  bold?: Uint8Array;
  /** Tried in order for characters the main face lacks (e.g. Noto Sans SC for CJK). */
  fallbacks?: readonly Uint8Array[];
};

type Face = { font: PDFFont; covers: ReadonlySet<number> };
type Run = { font: PDFFont; text: string };

export type TextStyle = { size: number; color: Color };

/** A font with fallbacks, measured and drawn run by run. */
export type FontChain = {
  widthOf(text: string, size: number): number;
  /** The text, cut and ended with "…" when wider than `maxWidth`. */
  fit(text: string, size: number, maxWidth: number): string;
  draw(page: PDFPage, text: string, at: { x: number; y: number } & TextStyle): void;
};

export type ReportFonts = { regular: FontChain; bold: FontChain };

const ELLIPSIS = '…';
const isSpace = (codePoint: number): boolean => codePoint === 0x20 || codePoint === 0xa0;

function fontChain(faces: readonly [Face, ...Face[]]): FontChain {
  const primary = faces[0];
  const widths = new Map<string, number>();

  // A character goes to the first face that has a glyph for it; spaces stay with the current run
  // so a mixed string is not split at every space. Characters no face covers use the primary
  // face's .notdef box rather than failing. NFC first, so "e" + combining accent becomes the
  // precomposed glyph (the fonts are used without shaping, see report-fontkit.ts).
  function runs(text: string): Run[] {
    const result: Run[] = [];
    let face: Face | undefined;
    let chunk = '';
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      const keep = face !== undefined && (face.covers.has(codePoint) || isSpace(codePoint));
      const next = keep ? face : (faces.find((f) => f.covers.has(codePoint)) ?? face ?? primary);
      if (next !== face && chunk !== '' && face) {
        result.push({ font: face.font, text: chunk });
        chunk = '';
      }
      face = next;
      chunk += char;
    }
    if (chunk !== '' && face) result.push({ font: face.font, text: chunk });
    return result;
  }

  function widthOf(text: string, size: number): number {
    const key = `${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
      widths.set(key, width);
    }
    return width;
  }

  function fit(text: string, size: number, maxWidth: number): string {
    if (widthOf(text, size) <= maxWidth) return text;
    const chars = Array.from(text);
    // Binary search for the longest prefix that still fits with the ellipsis.
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (widthOf(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, size) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
  }

  function draw(page: PDFPage, text: string, at: { x: number; y: number } & TextStyle): void {
    let x = at.x;
    for (const run of runs(text)) {
      page.drawText(run.text, { x, y: at.y, size: at.size, font: run.font, color: at.color });
      x += run.font.widthOfTextAtSize(run.text, at.size);
    }
  }

  return { widthOf, fit, draw };
}

async function embedFace(doc: PDFDocument, bytes: Uint8Array): Promise<Face> {
  // Subsetting keeps only the glyphs used, so a 10 MB CJK face adds kilobytes, not megabytes.
  const font = await doc.embedFont(bytes, { subset: true });
  return { font, covers: new Set(font.getCharacterSet()) };
}

/** A chain over fonts already embedded (standard PDF fonts included), the first one primary. */
export function fontChainOf(fonts: readonly [PDFFont, ...PDFFont[]]): FontChain {
  const [first, ...rest] = fonts.map((font) => ({ font, covers: new Set(font.getCharacterSet()) }));
  return fontChain([first as Face, ...rest]);
}

/** Embeds the faces once; the fallbacks are shared by the regular and bold chains. */
export async function embedReportFonts(doc: PDFDocument, bytes: ReportFontBytes): Promise<ReportFonts> {
  doc.registerFontkit(reportFontkit);
  const regular = await embedFace(doc, bytes.regular);
  const bold = bytes.bold ? await embedFace(doc, bytes.bold) : regular;
  const fallbacks: Face[] = [];
  for (const fallback of bytes.fallbacks ?? []) fallbacks.push(await embedFace(doc, fallback));
  return { regular: fontChain([regular, ...fallbacks]), bold: fontChain([bold, ...fallbacks]) };
}
