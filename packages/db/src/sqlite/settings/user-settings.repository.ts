/** UserSettingsRepository on the `user_settings` table. */
import type { UserSettings, UserSettingsRepository } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import type { UserSettingsTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto } from '../sql-statements.js';
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
  readonly #conn: SqliteConnection;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
  }

  async findByUserId(userId: number): Promise<UserSettings | null> {
    const row = this.#conn.first<Selectable<UserSettingsTable>>(this.#byUserId(userId));
    return row ? settingsFromRow(row) : null;
  }

  async findByCalendarSecretHash(hash: string): Promise<UserSettings | null> {
    const row = this.#conn.first<Selectable<UserSettingsTable>>({ sql: 'select * from user_settings where calendar_secret_hash = ?', parameters: [hash] });
    return row ? settingsFromRow(row) : null;
  }

  update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings> {
    return this.#conn.write(() => {
      const row = this.#conn.first<Selectable<UserSettingsTable>>(this.#byUserId(userId));
      const next: UserSettings = { ...change(row ? settingsFromRow(row) : null), user_id: userId };
      const values = settingsToRow(next);
      const { user_id: _key, ...changes } = values;
      const update = Object.keys(changes).map((column) => `${column} = excluded.${column}`).join(', ');
      this.#conn.run(insertInto('user_settings', values, ` on conflict (user_id) do update set ${update}`));
      return next;
    });
  }

  delete(userId: number): Promise<boolean> {
    const query = { sql: 'delete from user_settings where user_id = ?', parameters: [userId] };
    return this.#conn.write(() => this.#conn.run(query).changes > 0);
  }

  #byUserId(userId: number) {
    return { sql: 'select * from user_settings where user_id = ?', parameters: [userId] };
  }
}
