/** Reuses prepared statements: preparing costs more than running the small indexed queries this
 * store makes (a fifth of a request's CPU, measured before the store ran its queries itself). */
import type { SyncDatabase, SyncStatement } from './sync-database.js';

/** Distinct SQL texts kept; filters combine into a bounded number of shapes, far fewer than this. */
const MAX_STATEMENTS = 500;

export function withStatementCache(database: SyncDatabase): SyncDatabase {
  const statements = new Map<string, SyncStatement>();
  return {
    close: () => {
      statements.clear();
      return database.close();
    },
    get inTransaction() {
      return database.inTransaction;
    },
    prepare(sql: string): SyncStatement {
      let statement = statements.get(sql);
      if (statement) {
        // Move to the end: the Map's order is the least-recently-used order.
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
