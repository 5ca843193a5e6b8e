/** UserSettingsRepository on the `user_settings` table. */
import type { UserSettings, UserSettingsRepository } from '@jobtracker/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserSettingsTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { fromIsoText, toIsoText } from '../stored-values.js';

function settingsFromRow(row: Selectable<UserSettingsTable>): UserSettings {
  return {
    user_id: row.user_id,
    silence_days: row.silence_days,
    weekly_goal: row.weekly_goal,
    calendar_secret_hash: row.calendar_secret_hash,
    updated_at: fromIsoText(row.updated_at),
  };
}

function settingsToRow(settings: UserSettings): Selectable<UserSettingsTable> {
  return {
    user_id: settings.user_id,
    silence_days: settings.silence_days,
    weekly_goal: settings.weekly_goal,
    calendar_secret_hash: settings.calendar_secret_hash,
    updated_at: toIsoText(settings.updated_at),
  };
}

export class SqliteUserSettingsRepository implements UserSettingsRepository {
  readonly #db: Kysely<Database>;
  readonly #conn: SqliteConnection;

  /** `db` builds the queries (it executes none); `conn` runs them. */
  constructor(db: Kysely<Database>, conn: SqliteConnection) {
    this.#db = db;
    this.#conn = conn;
  }

  async findByUserId(userId: number): Promise<UserSettings | null> {
    const row = this.#conn.first(this.#byUserId(userId));
    return row ? settingsFromRow(row) : null;
  }

  async findByCalendarSecretHash(hash: string): Promise<UserSettings | null> {
    const row = this.#conn.first(this.#db.selectFrom('user_settings').selectAll().where('calendar_secret_hash', '=', hash).compile());
    return row ? settingsFromRow(row) : null;
  }

  update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings> {
    return this.#conn.write(() => {
      const row = this.#conn.first(this.#byUserId(userId));
      const next: UserSettings = { ...change(row ? settingsFromRow(row) : null), user_id: userId };
      const values = settingsToRow(next);
      const { user_id: _key, ...changes } = values;
      const upsert = this.#db
        .insertInto('user_settings')
        .values(values)
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes))
        .compile();
      this.#conn.run(upsert);
      return next;
    });
  }

  #byUserId(userId: number) {
    return this.#db.selectFrom('user_settings').selectAll().where('user_id', '=', userId).compile();
  }
}
