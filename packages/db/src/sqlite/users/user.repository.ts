/** UserRepository on the `users` table. Lookups by id are compiled once (every authenticated
 * request makes one); writes go through the group commit. */
import type { NewUser, User, UserRepository } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { compileOnce, type SqliteConnection } from '../sqlite-connection.js';
import { foldCase } from '../stored-values.js';
import { newUserToRow, userFromRow, userToUpdateRow } from './user.mapper.js';

export class SqliteUserRepository implements UserRepository {
  readonly #db: Kysely<Database>;
  readonly #conn: SqliteConnection;
  readonly #byId;

  /** `db` builds the queries (it executes none); `conn` runs them. */
  constructor(db: Kysely<Database>, conn: SqliteConnection) {
    this.#db = db;
    this.#conn = conn;
    this.#byId = compileOnce(db.selectFrom('users').selectAll().where('id', '=', 0));
  }

  async findById(id: number): Promise<User | null> {
    const row = this.#conn.first(this.#byId(id));
    return row ? userFromRow(row) : null;
  }

  async hasAny(): Promise<boolean> {
    return this.#conn.first(this.#db.selectFrom('users').select('id').limit(1).compile()) !== undefined;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = this.#conn.first(this.#db.selectFrom('users').selectAll().where('email', '=', email).compile());
    return row ? userFromRow(row) : null;
  }

  async existsByEmailIgnoringCase(email: string): Promise<boolean> {
    const query = this.#db.selectFrom('users').select('id').where('email_lower', '=', foldCase(email)).limit(1);
    return this.#conn.first(query.compile()) !== undefined;
  }

  create(user: NewUser): Promise<User | null> {
    // ON CONFLICT rather than catching the error: a duplicate is an expected answer, not a failure.
    const query = this.#db
      .insertInto('users')
      .values(newUserToRow(user))
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returningAll()
      .compile();
    return this.#conn.write(() => {
      const row = this.#conn.first(query);
      return row ? userFromRow(row) : null;
    });
  }

  update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null> {
    return this.#conn.write(() => {
      const row = this.#conn.first(this.#byId(id));
      if (!row) return null;
      const current = userFromRow(row);
      const next: User = { ...current, ...definedFields(change(current)), id };
      this.#conn.run(this.#db.updateTable('users').set(userToUpdateRow(next)).where('id', '=', id).compile());
      return next;
    });
  }
}

/** A Partial may spell "leave it" as an explicit undefined; only defined values are set. */
function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
