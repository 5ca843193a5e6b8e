/** Literal, case-insensitive text matching in SQL. User text is a bound parameter compared with
 * instr/substr on a JS-lowercased column: no LIKE, GLOB or regex, so `%`, `_`, `[` or `.*` in
 * a search term mean only themselves. */
import { condition, type Condition } from './sql-condition.js';
import { foldCase } from './stored-values.js';

/** `column` (a lowercased copy) contains `term`, ignoring case. NULL columns never match. */
export function containsIgnoringCase(column: string, term: string): Condition {
  return condition(`instr(${column}, ?) > 0`, foldCase(term));
}

/** `column` (a lowercased copy) starts with `prefix`, ignoring case. */
export function startsWithIgnoringCase(column: string, prefix: string): Condition {
  const folded = foldCase(prefix);
  return condition(`substr(${column}, 1, length(?)) = ?`, folded, folded);
}
