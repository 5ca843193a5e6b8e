/** The insights as use cases, one call per operation: read the user's application views with just
 * the fields each computation needs (and the settings it depends on), then compute. */
import type { ViewField } from '../applications/application-view.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { validationError } from '../shared/domain-error.js';
import { parseTimeZone, type TimeZone } from '../shared/time-zone.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import { settingsOf } from '../settings/manage-settings.js';
import type { UserRepository } from '../users/ports.js';
import { dueView, type DueView } from './due-view.js';
import { duplicateCandidates, type DuplicateCandidate } from './duplicates.js';
import { forecast, type Forecasts } from './forecast.js';
import { funnel, type Funnel } from './funnel.js';
import { replyTimes, type ReplyTimes } from './reply-times.js';
import { silence, type Silence } from './silence.js';
import { skillsGap, type SkillsGap } from './skills-gap.js';
import { weeklyGoal, type WeeklyGoal } from './weekly-goal.js';

type Applications = { applications: Pick<ApplicationRepository, 'findViews'> };
type Settings = { userSettings: Pick<UserSettingsRepository, 'findByUserId'> };

export const UNKNOWN_TIME_ZONE_MESSAGE = 'Unknown time zone: use an IANA name such as Europe/Berlin, or an offset such as +02:00.';

/** What every insight reads: how far an application got and when, from its status and timeline. */
export const SIGNAL_FIELDS: readonly ViewField[] = ['application.status', 'application.applied_date', 'created_at', 'timeline'];
export const DUE_FIELDS: readonly ViewField[] = [...SIGNAL_FIELDS, 'id', 'job.title', 'next_action', 'deadline'];
export const SILENCE_FIELDS: readonly ViewField[] = [...SIGNAL_FIELDS, 'id', 'job.title'];
export const FUNNEL_FIELDS: readonly ViewField[] = [...SIGNAL_FIELDS, 'application.source', 'application.resume_version'];
export const SKILLS_FIELDS: readonly ViewField[] = [...SIGNAL_FIELDS, 'requirements.skills_required', 'requirements.skills_preferred'];
export const DUPLICATE_FIELDS: readonly ViewField[] = ['id', 'job.title', 'application.status', 'application.applied_date', 'created_at'];
/** What the insights read, all of them: what each needs (above), together. Stores may keep the
 * views of a field set across requests; asking for one set lets a single read (the timeline is
 * the costly part) serve the whole Insights page. */
export const INSIGHT_FIELDS: readonly ViewField[] = [...new Set([...DUE_FIELDS, ...SILENCE_FIELDS, ...FUNNEL_FIELDS, ...SKILLS_FIELDS])];

/** A time zone from the request, or a 400 on the `time_zone` field. */
export function timeZoneOrFail(name: string): TimeZone {
  const zone = parseTimeZone(name);
  if (!zone) throw validationError({ time_zone: [UNKNOWN_TIME_ZONE_MESSAGE] });
  return zone;
}

/** `needs`: what the insight reads (documentation and a check that INSIGHT_FIELDS covers it). */
const views = (deps: Applications, userId: number, needs: readonly ViewField[]) => {
  if (!needs.every((field) => INSIGHT_FIELDS.includes(field))) throw new Error('INSIGHT_FIELDS must cover every insight');
  return deps.applications.findViews(userId, {}, INSIGHT_FIELDS);
};

export async function dueViewFor(deps: Applications, query: { userId: number; now: Date; timeZone: string }): Promise<DueView> {
  const timeZone = timeZoneOrFail(query.timeZone);
  return dueView(await views(deps, query.userId, DUE_FIELDS), { now: query.now, timeZone });
}

export async function silenceFor(deps: Applications & Settings, query: { userId: number; now: Date }): Promise<Silence> {
  const [settings, found] = await Promise.all([settingsOf(deps, query.userId, query.now), views(deps, query.userId, SILENCE_FIELDS)]);
  return silence(found, { now: query.now, silenceDays: settings.silence_days });
}

export async function funnelFor(deps: Applications, query: { userId: number; now: Date; timeZone: string }): Promise<Funnel> {
  const timeZone = timeZoneOrFail(query.timeZone);
  return funnel(await views(deps, query.userId, FUNNEL_FIELDS), { now: query.now, timeZone });
}

export async function replyTimesFor(deps: Applications, query: { userId: number; now: Date }): Promise<ReplyTimes> {
  return replyTimes(await views(deps, query.userId, SIGNAL_FIELDS), query.now);
}

export type Goals = WeeklyGoal & { forecast: Forecasts };

/** The weekly goal and the forecast; the forecast counts applications sent at least the user's
 * silence threshold ago. */
export async function goalsFor(deps: Applications & Settings, query: { userId: number; now: Date; timeZone: string }): Promise<Goals> {
  const timeZone = timeZoneOrFail(query.timeZone);
  const [settings, found] = await Promise.all([settingsOf(deps, query.userId, query.now), views(deps, query.userId, SIGNAL_FIELDS)]);
  return {
    ...weeklyGoal(found, { now: query.now, timeZone, weeklyGoal: settings.weekly_goal }),
    forecast: forecast(found, { now: query.now, maturityDays: settings.silence_days }),
  };
}

export async function skillsGapFor(
  deps: Applications & Settings & { users: Pick<UserRepository, 'findById'> },
  query: { userId: number; now: Date },
): Promise<SkillsGap> {
  const [user, settings, found] = await Promise.all([
    deps.users.findById(query.userId),
    settingsOf(deps, query.userId, query.now),
    views(deps, query.userId, SKILLS_FIELDS),
  ]);
  return skillsGap(found, { now: query.now, profileSkills: user?.skills ?? [], silenceDays: settings.silence_days });
}

export async function duplicatesFor(
  deps: Applications,
  query: { userId: number; company: string; title: string; now: Date; excludeId?: string },
): Promise<DuplicateCandidate[]> {
  const { company, title, now, excludeId } = query;
  return duplicateCandidates(await views(deps, query.userId, DUPLICATE_FIELDS), { company, title, now, ...(excludeId === undefined ? {} : { excludeId }) });
}
