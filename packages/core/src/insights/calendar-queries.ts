/** The calendar feed as a use case: found by the secret in its URL, since calendar apps cannot
 * sign in. An unknown or rotated secret, or an inactive account, gets nothing. */
import type { ApplicationRepository } from '../applications/ports.js';
import { hashSecret } from '../auth/session.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import type { UserRepository } from '../users/ports.js';
import { calendarFeed } from './calendar-feed.js';
import { INSIGHT_FIELDS } from './insight-queries.js';

/** The `.ics` text, or null (the transport answers 404) when the secret names no active feed. */
export async function calendarFeedFor(
  deps: {
    applications: Pick<ApplicationRepository, 'findViews'>;
    userSettings: Pick<UserSettingsRepository, 'findByCalendarSecretHash'>;
    users: Pick<UserRepository, 'findById'>;
  },
  query: { secret: string; now: Date },
): Promise<string | null> {
  if (query.secret === '') return null;
  const settings = await deps.userSettings.findByCalendarSecretHash(hashSecret(query.secret));
  if (!settings) return null;
  const user = await deps.users.findById(settings.user_id);
  if (!user?.is_active) return null;
  return calendarFeed(await deps.applications.findViews(settings.user_id, {}, INSIGHT_FIELDS), query.now);
}
