/** SessionRepository kept in memory, with the SQLite adapter's semantics: the first revocation
 * time counts, and revoking all skips sessions already revoked or expired. */
import type { SessionRepository } from '../auth/ports.js';
import type { Session } from '../auth/session.js';
import { copyDocument } from './document-copy.js';

export class InMemorySessionRepository implements SessionRepository {
  private readonly sessions = new Map<string, Session>();

  async create(session: Session): Promise<void> {
    if (this.sessions.has(session.id)) throw new Error('duplicate session id');
    this.sessions.set(session.id, copyDocument(session));
  }

  async findById(id: string): Promise<Session | null> {
    const found = this.sessions.get(id);
    return found ? copyDocument(found) : null;
  }

  async revoke(id: string, now: Date): Promise<void> {
    const session = this.sessions.get(id);
    if (session && session.revoked_at === null) session.revoked_at = new Date(now.getTime());
  }

  async deleteAllOfUser(userId: number): Promise<string[]> {
    const doomed = [...this.sessions.values()].filter((session) => session.user_id === userId).map((session) => session.id);
    for (const id of doomed) this.sessions.delete(id);
    return doomed;
  }

  async revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void> {
    for (const session of this.sessions.values()) {
      const active = session.revoked_at === null && session.expires_at.getTime() > now.getTime();
      if (session.user_id === userId && active && session.id !== keepId) session.revoked_at = new Date(now.getTime());
    }
  }
}
