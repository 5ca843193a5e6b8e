/** Literal, case-insensitive text matching with the stores' case folding (JavaScript's Unicode
 * `toLowerCase`, applied to both sides): no pattern syntax, so `%`, `_`, `.*` mean themselves. */

export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** `text` contains `term`, ignoring case; a missing or non-text value never matches. */
export function containsIgnoringCase(text: unknown, term: string): boolean {
  return typeof text === 'string' && foldCase(text).includes(foldCase(term));
}

/** `text` starts with `prefix`, ignoring case. */
export function startsWithIgnoringCase(text: string, prefix: string): boolean {
  return foldCase(text).startsWith(foldCase(prefix));
}
