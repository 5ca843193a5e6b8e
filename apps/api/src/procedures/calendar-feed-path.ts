/** Where the calendar feed is served: one definition for the route (http/files) and for the
 * procedure that makes the secret and tells the client its URL. */

/** The feed's path; `{secret}` is the credential (calendar apps cannot sign in). */
export const CALENDAR_FEED_PATH = '/api/calendar/{secret}/feed.ics';

export function calendarFeedPath(secret: string): string {
  return CALENDAR_FEED_PATH.replace('{secret}', encodeURIComponent(secret));
}
