/** RefreshTokenRepository kept in memory: each token is used at most once, and a rotation marks
 * the old one used and stores the next one in a single step. */
import type { RefreshTokenRepository } from '../auth/ports.js';
import type { RefreshTokenRecord } from '../auth/session.js';
import { copyDocument } from './document-copy.js';

export class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private readonly records = new Map<string, RefreshTokenRecord>();

  async create(record: RefreshTokenRecord): Promise<void> {
    if (this.records.has(record.id)) throw new Error('duplicate refresh token id');
    this.records.set(record.id, copyDocument(record));
  }

  async findById(id: string): Promise<RefreshTokenRecord | null> {
    const found = this.records.get(id);
    return found ? copyDocument(found) : null;
  }

  async consume(id: string, now: Date): Promise<boolean> {
    return this.markUsed(id, now);
  }

  async rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean> {
    // Checked before anything changes, so a refused insert leaves the old token unused.
    if (this.records.has(next.id)) throw new Error('duplicate refresh token id');
    if (!this.markUsed(oldId, now)) return false;
    this.records.set(next.id, copyDocument(next));
    return true;
  }

  async deleteOfSessions(sessionIds: readonly string[]): Promise<number> {
    const doomed = [...this.records.values()].filter((record) => sessionIds.includes(record.session_id));
    for (const record of doomed) this.records.delete(record.id);
    return doomed.length;
  }

  /** Synchronous, so of two concurrent uses exactly one sees the token unused. */
  private markUsed(id: string, now: Date): boolean {
    const record = this.records.get(id);
    if (!record || record.used_at !== null) return false;
    record.used_at = new Date(now.getTime());
    return true;
  }
}
