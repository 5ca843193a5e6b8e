/** SessionRepository on the `sessions` table. */
import type { Session, SessionRepository } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { toIsoText } from '../stored-values.js';
import { sessionFromRow, sessionToRow } from './session.mapper.js';

export class SqliteSessionRepository implements SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: Session): Promise<void> {
    await this.db.insertInto('sessions').values(sessionToRow(session)).execute();
  }

  async findById(id: string): Promise<Session | null> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? sessionFromRow(row) : null;
  }

  async revoke(id: string, now: Date): Promise<void> {
    // The first revocation time is the one that counts; revoking again changes nothing.
    await this.db
      .updateTable('sessions')
      .set({ revoked_at: toIsoText(now) })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async deleteAllOfUser(userId: number): Promise<string[]> {
    // Their refresh tokens go with them (foreign key, on delete cascade).
    const rows = await this.db.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
    return rows.map((row) => row.id);
  }

  async revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void> {
    let query = this.db
      .updateTable('sessions')
      .set({ revoked_at: toIsoText(now) })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', toIsoText(now));
    if (keepId !== undefined) query = query.where('id', '!=', keepId);
    await query.execute();
  }
}
