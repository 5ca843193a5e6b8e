/** UserSettingsRepository on the `user_settings` table. */
import type { UserSettings, UserSettingsRepository } from '@jobtracker/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserSettingsTable } from '../schema.js';
import { fromIsoText, toIsoText } from '../stored-values.js';
import { writeTransaction } from '../write-transaction.js';

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
  constructor(private readonly db: Kysely<Database>) {}

  async findByUserId(userId: number): Promise<UserSettings | null> {
    const row = await this.db.selectFrom('user_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? settingsFromRow(row) : null;
  }

  async findByCalendarSecretHash(hash: string): Promise<UserSettings | null> {
    const row = await this.db.selectFrom('user_settings').selectAll().where('calendar_secret_hash', '=', hash).executeTakeFirst();
    return row ? settingsFromRow(row) : null;
  }

  update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings> {
    return writeTransaction(this.db, async (trx) => {
      const row = await trx.selectFrom('user_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
      const next: UserSettings = { ...change(row ? settingsFromRow(row) : null), user_id: userId };
      const values = settingsToRow(next);
      const { user_id: _key, ...changes } = values;
      await trx
        .insertInto('user_settings')
        .values(values)
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes))
        .execute();
      return next;
    });
  }

  async delete(userId: number): Promise<boolean> {
    const result = await this.db.deleteFrom('user_settings').where('user_id', '=', userId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
