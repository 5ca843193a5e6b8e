/** A row's identity across imports: the SHA-256 of its cells (trimmed, trailing empty cells
 * dropped) and of how many identical rows came before it in the file. The same file imported
 * again yields the same fingerprints, whatever mapping is chosen; two identical rows in one file
 * stay two applications. */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { utf8Bytes } from '../shared/text-codec.js';

export class RowFingerprints {
  private readonly occurrences = new Map<string, number>();

  next(cells: readonly string[]): string {
    const trimmed = cells.map((cell) => cell.trim());
    while (trimmed.length > 0 && trimmed.at(-1) === '') trimmed.pop();
    // Unit separators cannot be typed into a cell, so no two rows join to the same text.
    const content = encodeHexLowerCase(sha256(utf8Bytes(trimmed.join('\u001f'))));
    // Counted by hash, so the map stays small however long the rows are.
    const seen = this.occurrences.get(content) ?? 0;
    this.occurrences.set(content, seen + 1);
    return seen === 0 ? content : encodeHexLowerCase(sha256(utf8Bytes(`${content}#${seen}`)));
  }
}
