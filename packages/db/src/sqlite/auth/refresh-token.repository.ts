/** RefreshTokenRepository on the `refresh_tokens` table: each token is used at most once. */
import type { RefreshTokenRecord, RefreshTokenRepository } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import { inChunks } from '../chunks.js';
import type { Database } from '../schema.js';
import { toIsoText } from '../stored-values.js';
import { writeTransaction } from '../write-transaction.js';
import { refreshTokenFromRow, refreshTokenToRow } from './session.mapper.js';

export class SqliteRefreshTokenRepository implements RefreshTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(record: RefreshTokenRecord): Promise<void> {
    await this.db.insertInto('refresh_tokens').values(refreshTokenToRow(record)).execute();
  }

  async findById(id: string): Promise<RefreshTokenRecord | null> {
    const row = await this.db.selectFrom('refresh_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? refreshTokenFromRow(row) : null;
  }

  consume(id: string, now: Date): Promise<boolean> {
    return writeTransaction(this.db, (trx) => markUsed(trx, id, now));
  }

  rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean> {
    return writeTransaction(this.db, async (trx) => {
      if (!(await markUsed(trx, oldId, now))) return false;
      await trx.insertInto('refresh_tokens').values(refreshTokenToRow(next)).execute();
      return true;
    });
  }

  async deleteOfSessions(sessionIds: readonly string[]): Promise<number> {
    // Usually none are left: deleting a session cascades to its tokens (foreign key).
    let deleted = 0;
    for (const chunk of inChunks(sessionIds)) {
      const result = await this.db.deleteFrom('refresh_tokens').where('session_id', 'in', chunk).executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    }
    return deleted;
  }
}

/** The conditional update is the race arbiter: of two concurrent uses, only one sees a change. */
async function markUsed(trx: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('refresh_tokens')
    .set({ used_at: toIsoText(now) })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
