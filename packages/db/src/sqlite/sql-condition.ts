/** WHERE conditions of the document tables' queries as plain SQL text with `?` placeholders and
 * their values in order: the filters combine into a handful of shapes, each a cached prepared
 * statement, with no query builder in between on the hot paths. Values, user text included,
 * are always parameters. */
export type Condition = { readonly sql: string; readonly parameters: readonly unknown[] };

export function condition(sql: string, ...parameters: unknown[]): Condition {
  return { sql, parameters };
}

/** Every condition (none: true). */
export function allOf(conditions: readonly Condition[]): Condition {
  if (conditions.length === 1) return conditions[0]!;
  return { sql: conditions.map((part) => part.sql).join(' and ') || '1', parameters: conditions.flatMap((part) => part.parameters) };
}

/** Any condition, in parentheses. */
export function anyOf(conditions: readonly Condition[]): Condition {
  return { sql: `(${conditions.map((part) => part.sql).join(' or ')})`, parameters: conditions.flatMap((part) => part.parameters) };
}
