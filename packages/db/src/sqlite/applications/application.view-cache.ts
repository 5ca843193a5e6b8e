/** Parsed application views kept across requests, so insights and analytics over thousands of
 * applications do not read and parse every document's timeline on each call. An entry is keyed
 * by user and field set and stamped with the user's application revision (migration 4: bumped
 * by triggers in the transaction of every write). A read takes the revision first, then the
 * views: a write committed in between leaves the entry older than its stamp says, which the next
 * read's newer revision discards; the reverse can never happen, so no stale view is ever served,
 * in this process or another. Bounded by the field values held (views times fields: a
 * dashboard's view of three columns weighs far less than an insight's with its timeline), least
 * recently used out first. Reads are synchronous on the store's connection, so requests that miss together cannot
 * overlap: the first one's read is the others' hit. */
import type { ApplicationView, ViewField } from '@jobtracker/core';
import { deepFreeze } from '../document-cache.js';
import type { SqliteConnection } from '../sqlite-connection.js';

/** Field values held: 60,000 insight views (about 10 to 30 MB), or the dashboard's three
 * columns of 200,000 applications. */
export const VIEW_CACHE_LIMIT = 600_000;

const REVISION = 'select revision from application_revisions where user_id = ?';

type Entry = { revision: number; views: readonly ApplicationView[]; weight: number };

export class ApplicationViewCache {
  readonly #conn: SqliteConnection;
  readonly #limit: number;
  readonly #entries = new Map<string, Entry>();
  #held = 0;

  constructor(conn: SqliteConnection, limit = VIEW_CACHE_LIMIT) {
    this.#conn = conn;
    this.#limit = limit;
  }

  /** The user's views with these fields, from the cache while the revision has not moved. The
   * array is a fresh copy; the views in it are shared, so they are frozen (core only reads). */
  async views(userId: number, fields: readonly ViewField[], load: () => ApplicationView[]): Promise<ApplicationView[]> {
    const key = `${userId}:${[...new Set(fields)].sort().join(',')}`;
    const revision = this.revisionOf(userId);
    const cached = this.#entries.get(key);
    if (cached && cached.revision === revision) {
      // Map order is the recency order: move the hit to the end.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return [...cached.views];
    }
    const views = deepFreeze(load());
    this.#store(key, { revision, views, weight: views.length * Math.max(1, new Set(fields).size) });
    return [...views];
  }

  /** 0 for a user whose applications were never written. */
  revisionOf(userId: number): number {
    return this.#conn.first<{ revision: number }>({ sql: REVISION, parameters: [userId] })?.revision ?? 0;
  }

  #store(key: string, entry: Entry): void {
    this.#drop(key);
    if (entry.weight > this.#limit) return;
    this.#entries.set(key, entry);
    this.#held += entry.weight;
    for (const oldest of this.#entries.keys()) {
      if (this.#held <= this.#limit) break;
      this.#drop(oldest);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#held -= entry.weight;
  }
}
