/** Parsed application views kept across requests, so insights over thousands of applications do
 * not read and parse every document's timeline on each call. An entry is keyed by user and
 * field set and stamped with the user's application revision (migration 4: bumped by triggers
 * in the transaction of every write). A read takes the revision first, then the views: a write
 * committed in between leaves the entry older than its stamp says, which the next read's newer
 * revision discards; the reverse can never happen, so no stale view is ever served, in this
 * process or another. Bounded by the number of views held, least recently used out first. */
import type { ApplicationView, ViewField } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** About 10 to 30 MB of parsed views. */
export const VIEW_CACHE_LIMIT = 60_000;

type Entry = { revision: number; views: readonly ApplicationView[] };

export class ApplicationViewCache {
  private readonly entries = new Map<string, Entry>();
  /** Loads under way: requests that miss together (a page asking for several insights at once)
   * share one read. */
  private readonly loading = new Map<string, { revision: number; views: Promise<ApplicationView[]> }>();
  private held = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly limit = VIEW_CACHE_LIMIT,
  ) {}

  /** The user's views with these fields, from the cache while the revision has not moved. The
   * array is a fresh copy; the views in it are shared and must not be changed (core only reads). */
  async views(userId: number, fields: readonly ViewField[], load: () => Promise<ApplicationView[]>): Promise<ApplicationView[]> {
    const key = `${userId}:${[...new Set(fields)].sort().join(',')}`;
    const revision = await this.revisionOf(userId);
    const cached = this.entries.get(key);
    if (cached && cached.revision === revision) {
      // Map order is the recency order: move the hit to the end.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return [...cached.views];
    }
    const pending = this.loading.get(key);
    if (pending && pending.revision === revision) return [...(await pending.views)];
    const views = load();
    this.loading.set(key, { revision, views });
    try {
      const loaded = await views;
      this.store(key, { revision, views: loaded });
      return [...loaded];
    } finally {
      if (this.loading.get(key)?.views === views) this.loading.delete(key);
    }
  }

  private async revisionOf(userId: number): Promise<number> {
    const row = await this.db.selectFrom('application_revisions').select('revision').where('user_id', '=', userId).executeTakeFirst();
    return row?.revision ?? 0;
  }

  private store(key: string, entry: Entry): void {
    this.drop(key);
    if (entry.views.length > this.limit) return;
    this.entries.set(key, entry);
    this.held += entry.views.length;
    for (const oldest of this.entries.keys()) {
      if (this.held <= this.limit) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.views.length;
  }
}
