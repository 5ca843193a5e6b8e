/** UserTransfer on the `users` table: keyset reads by id, and inserts with the user's own id.
 * The table's AUTOINCREMENT sequence follows the highest id inserted, so later registrations
 * get higher ids. */
import type { User } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import type { UserTransfer } from '../../store.js';
import type { UsersTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto } from '../sql-statements.js';
import { newUserToRow, userFromRow } from './user.mapper.js';

const BATCH = 500;

export class SqliteUserTransfer implements UserTransfer {
  constructor(private readonly conn: SqliteConnection) {}

  async *all(): AsyncIterable<User> {
    for (let after = 0; ; ) {
      const rows = this.conn.all<Selectable<UsersTable>>({ sql: 'select * from users where id > ? order by id limit ?', parameters: [after, BATCH] });
      for (const row of rows) yield userFromRow(row);
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) return;
      after = last.id;
    }
  }

  async insert(user: User): Promise<'inserted' | 'taken'> {
    if (!Number.isSafeInteger(user.id) || user.id < 1) throw new TypeError('users: an id must be a positive integer');
    // Without a conflict target, DO NOTHING covers both unique columns: the id and the email.
    const query = insertInto('users', { ...newUserToRow(user), id: user.id }, ' on conflict do nothing returning id');
    return this.conn.write(() => (this.conn.first(query) ? 'inserted' : 'taken'));
  }
}
