/** Word wrapping for table cells: as many lines as a cell allows, words longer than the cell
 * broken between characters, and the last line ended with "…" only when text is left over. */
import type { FontChain } from './report-fonts.js';

function breakLongWord(font: FontChain, word: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of Array.from(word)) {
    if (piece && font.widthOf(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** `text` (one line, see singleLine) in lines no wider than `maxWidth`, at most `maxLines`. */
export function wrapText(font: FontChain, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').filter(Boolean).flatMap((word) => (font.widthOf(word, size) > maxWidth ? breakLongWord(font, word, size, maxWidth) : [word]));
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOf(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = font.fit(`${kept[maxLines - 1]} ${lines[maxLines]}…`, size, maxWidth);
  return kept;
}
