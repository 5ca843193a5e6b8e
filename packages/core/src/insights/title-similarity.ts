/** How alike two job titles are: the Sørensen–Dice coefficient (2·|A∩B| / (|A|+|B|)) over the
 * multisets of character bigrams of their words, each word padded with a space at both ends.
 * Word order does not matter ("Engineer, Backend"), a typo costs little ("Sofware"), and common
 * abbreviations are spelled out first ("Sr." is "senior"). */
import { wordsOf } from './company-name.js';

/** Titles at or above this are "closely matching". Picked from the cases in the tests:
 * "Senior Backend Engineer" vs "Backend Engineer" is 0.83 and matches; "Frontend Engineer" vs
 * "Backend Engineer" is 0.69 and does not. */
export const TITLE_MATCH_THRESHOLD = 0.8;

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sr', 'senior'],
  ['snr', 'senior'],
  ['jr', 'junior'],
  ['jnr', 'junior'],
  ['eng', 'engineer'],
  ['engr', 'engineer'],
  ['dev', 'developer'],
  ['mgr', 'manager'],
  ['swe', 'software engineer'],
  ['sde', 'software development engineer'],
  ['fe', 'frontend'],
  ['be', 'backend'],
]);

export function titleWords(title: string): string[] {
  return wordsOf(title).flatMap((word) => (ABBREVIATIONS.get(word) ?? word).split(' '));
}

function bigramsOf(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let index = 0; index < padded.length - 1; index += 1) {
      const bigram = padded.slice(index, index + 2);
      counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    }
  }
  return counts;
}

/** 1 for the same words, 0 for nothing in common; two empty titles are alike (1). */
export function titleSimilarity(a: string, b: string): number {
  const left = bigramsOf(titleWords(a));
  const right = bigramsOf(titleWords(b));
  let sizeLeft = 0;
  let sizeRight = 0;
  let shared = 0;
  for (const count of left.values()) sizeLeft += count;
  for (const [bigram, count] of right) {
    sizeRight += count;
    shared += Math.min(count, left.get(bigram) ?? 0);
  }
  return sizeLeft + sizeRight === 0 ? 1 : (2 * shared) / (sizeLeft + sizeRight);
}
