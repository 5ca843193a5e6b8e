/** UserRepository on the `users` table. */
import type { NewUser, User, UserRepository } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { foldCase } from '../stored-values.js';
import { writeTransaction } from '../write-transaction.js';
import { newUserToRow, userFromRow, userToUpdateRow } from './user.mapper.js';

export class SqliteUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: number): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async hasAny(): Promise<boolean> {
    const row = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async existsByEmailIgnoringCase(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('email_lower', '=', foldCase(email))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async create(user: NewUser): Promise<User | null> {
    // ON CONFLICT rather than catching the error: a duplicate is an expected answer, not a failure.
    const row = await this.db
      .insertInto('users')
      .values(newUserToRow(user))
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async delete(id: number): Promise<boolean> {
    // Sessions and their refresh tokens cascade (foreign keys).
    const result = await this.db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null> {
    return writeTransaction(this.db, async (trx) => {
      const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const current = userFromRow(row);
      const next: User = { ...current, ...definedFields(change(current)), id };
      await trx.updateTable('users').set(userToUpdateRow(next)).where('id', '=', id).execute();
      return next;
    });
  }
}

/** A Partial may spell "leave it" as an explicit undefined; only defined values are set. */
function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
