/** UserTransfer on the `users` table: keyset reads by id, and inserts with the user's own id.
 * The table's AUTOINCREMENT sequence follows the highest id inserted, so later registrations
 * get higher ids. */
import type { User } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { UserTransfer } from '../../store.js';
import type { Database } from '../schema.js';
import { newUserToRow, userFromRow } from './user.mapper.js';

const BATCH = 500;

export class SqliteUserTransfer implements UserTransfer {
  constructor(private readonly db: Kysely<Database>) {}

  async *all(): AsyncIterable<User> {
    for (let after = 0; ; ) {
      const rows = await this.db.selectFrom('users').selectAll().where('id', '>', after).orderBy('id').limit(BATCH).execute();
      for (const row of rows) yield userFromRow(row);
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) return;
      after = last.id;
    }
  }

  async insert(user: User): Promise<'inserted' | 'taken'> {
    if (!Number.isSafeInteger(user.id) || user.id < 1) throw new TypeError('users: an id must be a positive integer');
    // Without a conflict target, DO NOTHING covers both unique columns: the id and the email.
    const row = await this.db
      .insertInto('users')
      .values({ ...newUserToRow(user), id: user.id })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row ? 'inserted' : 'taken';
  }
}
