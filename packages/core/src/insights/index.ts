/** Insights: follow-ups, silence and honest numbers, as pure functions over a user's application
 * views and `now`, and use cases that read the views through the repository. */
export { isClosingEvent, signalsOf, furthestStageOf, isSent } from './application-signals.js';
export type { ApplicationSignals, Outcome } from './application-signals.js';
export { EMPLOYER_EVENT_STAGES, FUNNEL_STAGES, RESPONSE_STATUSES } from './stages.js';
export type { FunnelStage } from './stages.js';
export { parseStatusChange } from './status-history.js';
export type { StatusChange } from './status-history.js';
export { MIN_SAMPLE_SIZE, rateOf, wilsonInterval, Z_95 } from './proportion.js';
export type { Rate } from './proportion.js';
export { chanceOfReplyAfter, kaplanMeier, medianOf, survivalAt } from './kaplan-meier.js';
export type { CurveStep, Median, Observation, SurvivalCurve } from './kaplan-meier.js';
export { dueItemsOf } from './due-items.js';
export type { DueItem, DueKind } from './due-items.js';
export { DUE_WEEK_DAYS, dueView } from './due-view.js';
export type { DueView } from './due-view.js';
export { escapeText, foldLine, ICAL_LINE_END } from './ical-text.js';
export { CALENDAR_NAME, CALENDAR_PRODID, calendarFeed, INTERVIEW_DURATION } from './calendar-feed.js';
export { replyTimes } from './reply-times.js';
export type { ReplyTimes } from './reply-times.js';
export { daysWaiting, isSilent, silence } from './silence.js';
export type { ChanceOfReply, Silence, SilentApplication } from './silence.js';
export { funnel } from './funnel.js';
export type { Funnel, FunnelGroup, FunnelSummary, StageCount } from './funnel.js';
export { RECENT_WEEKS, weeklyGoal } from './weekly-goal.js';
export type { WeekCount, WeeklyGoal } from './weekly-goal.js';
export { forecast, forecastOf } from './forecast.js';
export type { Forecast, Forecasts, ForecastTarget } from './forecast.js';
export { SKILLS_GAP_LIMIT, skillKey, skillsGap } from './skills-gap.js';
export type { MissingSkill, SkillSignal, SkillsGap } from './skills-gap.js';
export { LEGAL_SUFFIXES, normalizeCompanyName } from './company-name.js';
export { TITLE_MATCH_THRESHOLD, titleSimilarity } from './title-similarity.js';
export { DUPLICATE_WINDOW_DAYS, duplicateCandidates } from './duplicates.js';
export type { DuplicateCandidate } from './duplicates.js';
export { closeAsNoResponse, DATE_FORMAT_MESSAGE, NO_RESPONSE_EVENT_TYPE, NO_RESPONSE_TITLE, noResponseEvent, setFollowUp } from './follow-up-commands.js';
export {
  DUE_FIELDS,
  DUPLICATE_FIELDS,
  dueViewFor,
  duplicatesFor,
  FUNNEL_FIELDS,
  INSIGHT_FIELDS,
  funnelFor,
  goalsFor,
  replyTimesFor,
  SIGNAL_FIELDS,
  SILENCE_FIELDS,
  silenceFor,
  SKILLS_FIELDS,
  skillsGapFor,
  timeZoneOrFail,
  UNKNOWN_TIME_ZONE_MESSAGE,
} from './insight-queries.js';
export type { Goals } from './insight-queries.js';
export { calendarFeedFor } from './calendar-queries.js';
