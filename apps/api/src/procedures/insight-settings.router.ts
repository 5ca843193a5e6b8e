/** The insight settings (silence threshold, weekly goal) and the calendar feed's secret: made or
 * replaced (the old URL stops working at once) and turned off. The secret comes from the CSPRNG
 * and is shown only in the answer that makes it; the store keeps its SHA-256. */
import { CalendarSecretOutput, InsightSettingsOutput, UpdateInsightSettingsInput } from '@jobtracker/contracts';
import { disableCalendarFeed, getInsightSettings, rotateCalendarSecret, updateInsightSettings } from '@jobtracker/core';
import { calendarFeedPath } from './calendar-feed-path.js';
import { router } from './init.js';
import { protectedOperation } from './operation.js';

const tags = ['Insights'];

export const insightSettingsRouter = router({
  get: protectedOperation({
    method: 'GET', path: '/api/insights/settings/', tags, errors: [401], output: InsightSettingsOutput,
    summary: 'Silence threshold, weekly goal and whether a calendar feed is on',
  })
    .query(({ ctx }) => getInsightSettings(ctx.deps, { userId: ctx.user.id, now: ctx.now })),

  update: protectedOperation({
    method: 'PATCH', path: '/api/insights/settings/', tags, errors: [400, 401], output: InsightSettingsOutput,
    summary: 'Change the silence threshold or the weekly goal (sent keys only)',
  })
    .input(UpdateInsightSettingsInput)
    .mutation(({ ctx, input }) => updateInsightSettings(ctx.deps, { userId: ctx.user.id, changes: input, now: ctx.now })),

  rotateCalendarSecret: protectedOperation({
    method: 'POST', path: '/api/insights/calendar/secret/', tags, output: CalendarSecretOutput, errors: [401],
    summary: 'Make a new secret calendar feed URL (the previous one stops working)',
    description: 'The secret is shown in this answer only; the server keeps its SHA-256. The feed (iCalendar) is served without a session at `feed_path`.',
  })
    .mutation(async ({ ctx }) => {
      const { secret } = await rotateCalendarSecret(
        { userSettings: ctx.deps.userSettings, random: ctx.deps.auth.random },
        { userId: ctx.user.id, now: ctx.now },
      );
      return { secret, feed_path: calendarFeedPath(secret) };
    }),

  disableCalendarFeed: protectedOperation({
    method: 'DELETE', path: '/api/insights/calendar/secret/', tags, output: InsightSettingsOutput, errors: [401],
    summary: 'Turn the calendar feed off (its URL stops working)',
  })
    .mutation(({ ctx }) => disableCalendarFeed(ctx.deps, { userId: ctx.user.id, now: ctx.now })),
});
