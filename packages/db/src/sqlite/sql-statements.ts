/** INSERT and UPDATE statements from a row object: the columns in the object's key order, every
 * value a parameter. Column names come from our own mappers, never from a request. */
import type { Query } from './sqlite-connection.js';

export function insertInto(table: string, row: Record<string, unknown>, suffix = ''): Query {
  const columns = Object.keys(row);
  return {
    sql: `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})${suffix}`,
    parameters: Object.values(row),
  };
}

/** `update table set ... where <where>`, the where clause's parameters after the values. */
export function updateSet(table: string, values: Record<string, unknown>, where: string, ...whereParameters: unknown[]): Query {
  const columns = Object.keys(values);
  return {
    sql: `update ${table} set ${columns.map((column) => `${column} = ?`).join(', ')} where ${where}`,
    parameters: [...Object.values(values), ...whereParameters],
  };
}
