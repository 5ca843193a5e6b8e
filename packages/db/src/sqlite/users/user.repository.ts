/** UserRepository on the `users` table; writes go through the group commit. */
import type { NewUser, User, UserRepository } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import type { UsersTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto, updateSet } from '../sql-statements.js';
import { foldCase } from '../stored-values.js';
import { newUserToRow, userFromRow, userToUpdateRow } from './user.mapper.js';

type UserRow = Selectable<UsersTable>;

const BY_ID = 'select * from users where id = ?';

export class SqliteUserRepository implements UserRepository {
  readonly #conn: SqliteConnection;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
  }

  async findById(id: number): Promise<User | null> {
    const row = this.#conn.first<UserRow>({ sql: BY_ID, parameters: [id] });
    return row ? userFromRow(row) : null;
  }

  async hasAny(): Promise<boolean> {
    return this.#conn.first({ sql: 'select id from users limit 1', parameters: [] }) !== undefined;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = this.#conn.first<UserRow>({ sql: 'select * from users where email = ?', parameters: [email] });
    return row ? userFromRow(row) : null;
  }

  async existsByEmailIgnoringCase(email: string): Promise<boolean> {
    return this.#conn.first({ sql: 'select id from users where email_lower = ? limit 1', parameters: [foldCase(email)] }) !== undefined;
  }

  create(user: NewUser): Promise<User | null> {
    // ON CONFLICT rather than catching the error: a duplicate is an expected answer, not a failure.
    const query = insertInto('users', newUserToRow(user) as Record<string, unknown>, ' on conflict (email) do nothing returning *');
    return this.#conn.write(() => {
      const row = this.#conn.first<UserRow>(query);
      return row ? userFromRow(row) : null;
    });
  }

  delete(id: number): Promise<boolean> {
    // Sessions and their refresh tokens cascade (foreign keys).
    return this.#conn.write(() => this.#conn.run({ sql: 'delete from users where id = ?', parameters: [id] }).changes > 0);
  }

  update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null> {
    return this.#conn.write(() => {
      const row = this.#conn.first<UserRow>({ sql: BY_ID, parameters: [id] });
      if (!row) return null;
      const current = userFromRow(row);
      const next: User = { ...current, ...definedFields(change(current)), id };
      this.#conn.run(updateSet('users', userToUpdateRow(next) as Record<string, unknown>, 'id = ?', id));
      return next;
    });
  }
}

/** A Partial may spell "leave it" as an explicit undefined; only defined values are set. */
function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
