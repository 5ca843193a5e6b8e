/** Reuses prepared statements: preparing costs more than running the small indexed queries this
 * store makes (a fifth of a request's CPU, measured before the store ran its queries itself). */
import type { ArrayStatement, SyncDatabase, SyncStatement } from './sync-database.js';

/** Distinct SQL texts kept; filters combine into a bounded number of shapes, far fewer than this. */
const MAX_STATEMENTS = 500;

export function withStatementCache(database: SyncDatabase): SyncDatabase {
  const statements = lruCache<SyncStatement>((sql) => database.prepare(sql));
  const arrayStatements = lruCache<ArrayStatement>((sql) => database.prepareArrays(sql));
  return {
    close: () => {
      statements.clear();
      arrayStatements.clear();
      return database.close();
    },
    get inTransaction() {
      return database.inTransaction;
    },
    prepare: statements.get,
    prepareArrays: arrayStatements.get,
  };
}

function lruCache<T>(prepare: (sql: string) => T): { get: (sql: string) => T; clear: () => void } {
  const entries = new Map<string, T>();
  return {
    clear: () => entries.clear(),
    get(sql: string): T {
      let statement = entries.get(sql);
      if (statement) {
        // Move to the end: the Map's order is the least-recently-used order.
        entries.delete(sql);
      } else {
        statement = prepare(sql);
        if (entries.size >= MAX_STATEMENTS) entries.delete(entries.keys().next().value as string);
      }
      entries.set(sql, statement);
      return statement;
    },
  };
}
