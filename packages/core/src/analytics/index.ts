/** Analytics (contract section 8): pure functions over a user's applications and `now`. */
export { applicationsOverTime, successRateOverTime } from './applications-over-time.js';
export type { PeriodCount, PeriodSuccessRate } from './applications-over-time.js';
export { dashboard, TOP_COMPANIES_LIMIT, UNKNOWN_SOURCE } from './dashboard.js';
export type { CompanyCount, Dashboard, SourceCount } from './dashboard.js';
export { INVALID_PERIOD_MESSAGE, parsePeriod, periodLabel, PERIODS, sundayWeekOfYear } from './period-label.js';
export type { Period } from './period-label.js';
export { CLOSED_STATUSES, percentage, SUCCESS_STATUSES } from './rates.js';
export { averageResponseTime, daysToFirstResponse, responseTime } from './response-time.js';
export type { ResponseTime } from './response-time.js';
export { salaryInsights } from './salary-insights.js';
export type { SalaryInsights } from './salary-insights.js';
export { skillsDemand, TOP_SKILLS_LIMIT } from './skills-demand.js';
export type { SkillCount } from './skills-demand.js';
export { MISSING_STATUS_KEY, statusBreakdown, statusBreakdownEntries, statusKey } from './status-breakdown.js';
export { timelineAnalysis } from './timeline-analysis.js';
export type { EventTypeCount } from './timeline-analysis.js';
export {
  applicationsOverTimeFor,
  DASHBOARD_FIELDS,
  dashboardFor,
  responseTimeFor,
  salaryInsightsFor,
  skillsDemandFor,
  successRateFor,
  timelineAnalysisFor,
} from './analytics-queries.js';
