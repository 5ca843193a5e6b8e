/** Literal, case-insensitive text matching in SQL. User text is a bound parameter compared with
 * instr/substr on a JS-lowercased column: no LIKE, GLOB or regex, so `%`, `_`, `[` or `.*` in
 * a search term mean only themselves. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { foldCase } from './stored-values.js';

/** `column` (a lowercased copy) contains `term`, ignoring case. NULL columns never match. */
export function containsIgnoringCase(column: string, term: string): Expression<SqlBool> {
  return sql<SqlBool>`instr(${sql.ref(column)}, ${foldCase(term)}) > 0`;
}

/** `column` (a lowercased copy) starts with `prefix`, ignoring case. */
export function startsWithIgnoringCase(column: string, prefix: string): Expression<SqlBool> {
  const folded = foldCase(prefix);
  return sql<SqlBool>`substr(${sql.ref(column)}, 1, length(${folded})) = ${folded}`;
}
