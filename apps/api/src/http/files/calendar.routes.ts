/** GET /api/calendar/{secret}/feed.ics: the private calendar feed (RFC 5545) of follow-ups,
 * deadlines and interviews. Calendar apps cannot sign in, so the secret in the URL is the
 * credential: 160 bits from the CSPRNG, found by its SHA-256 (core's calendarFeedFor). An
 * unknown or rotated secret gets the same 404 as any unknown path, and nothing is cached on the
 * way. */
import { CalendarFeedInput } from '@jobtracker/contracts';
import { calendarFeedFor } from '@jobtracker/core';
import { CALENDAR_FEED_PATH } from '../../procedures/calendar-feed-path.js';
import { RequestError } from '../../request/request-error.js';
import { publicFileOperation, type FileOperation } from './file-operation.js';

export function calendarOperation(): FileOperation {
  return publicFileOperation({
    name: 'calendar.feed',
    meta: {
      method: 'GET', path: CALENDAR_FEED_PATH, public: true, tags: ['Insights'],
      summary: 'Calendar feed of follow-ups, deadlines and interviews (iCalendar)',
      description:
        'Subscribe to it in a calendar app. No session: the secret made by `POST /api/insights/calendar/secret/` is the ' +
        'credential; a replaced or disabled secret, or an inactive account, gets 404.',
      input: CalendarFeedInput,
      produces: { mediaTypes: ['text/calendar'], description: 'iCalendar (RFC 5545), UTF-8' },
      errors: [400, 404],
    },
    handle: async ({ c, ctx, input }) => {
      const feed = await calendarFeedFor(
        { applications: ctx.deps.applications, userSettings: ctx.deps.userSettings, users: ctx.deps.auth.users },
        { secret: input.secret, now: ctx.now },
      );
      if (feed === null) throw new RequestError('REQUEST.NOT_FOUND');
      return c.body(feed, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="jobtracker.ics"',
        // Personal data behind a bearer URL: no shared cache may keep it, and no copy outlives a rotation.
        'Cache-Control': 'private, no-store',
      });
    },
  });
}
