/** Company names as the duplicate check compares them: accents, case, punctuation, spacing, a
 * leading "The" and trailing legal forms ("Inc", "LLC", "GmbH", "S.A.", "Co., Ltd." ...) ignored,
 * so "ACME, Inc." and "Acme" are the same company. */

/** Legal-form words, after dots are removed ("L.L.C." is "llc", "S.A." is "sa"). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'gmbh', 'mbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa',
  'bv', 'nv', 'plc', 'corp', 'corporation', 'co', 'company', 'pty', 'pvt', 'oy', 'ab', 'as', 'se', 'kk',
]);

/** Lowercased words without accents or punctuation. `&` becomes "and"; dots are dropped inside
 * words, so abbreviations stay one word. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The key two names must share to be the same company; spacing does not count ("Face book" is
 * "Facebook"). A name made only of legal words keeps them. */
export function normalizeCompanyName(name: string): string {
  const words = wordsOf(name);
  let end = words.length;
  const legal = (index: number): boolean => LEGAL_SUFFIXES.has(words[index] as string);
  // Trailing legal words go, and an "and" between two of them ("GmbH & Co. KG").
  while (end > 1 && (legal(end - 1) || (words[end - 1] === 'and' && end > 2 && legal(end - 2)))) end -= 1;
  let start = 0;
  if (end - start > 1 && words[0] === 'the') start = 1;
  return words.slice(start, end).join('');
}
