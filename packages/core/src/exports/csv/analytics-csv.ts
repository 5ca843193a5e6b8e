/** Contract 9.2: the analytics CSV, four sections separated by blank lines. */
import type { PeriodCount } from '../../analytics/applications-over-time.js';
import type { Dashboard } from '../../analytics/dashboard.js';
import type { SkillCount } from '../../analytics/skills-demand.js';
import { csvLine } from './csv-writer.js';
import { pythonFloatRepr } from './python-float.js';

export type AnalyticsCsvInput = {
  dashboard: Dashboard;
  /** The monthly series of 8.2. */
  monthly: readonly PeriodCount[];
  /** Up to 20 skills, from 8.4. */
  skills: readonly SkillCount[];
};

/** The original formats `0` (an int, when there are no applications) or a float, so the cell reads
 * `0%` when empty and `22.0%` or `33.33%` otherwise. */
const rateText = (rate: number, total: number): string => `${total === 0 ? '0' : pythonFloatRepr(rate)}%`;

export function* analyticsCsvLines({ dashboard, monthly, skills }: AnalyticsCsvInput): Generator<string, void, undefined> {
  const total = dashboard.total_applications;
  yield csvLine(['DASHBOARD STATISTICS']);
  yield csvLine(['Metric', 'Value']);
  yield csvLine(['Total Applications', total]);
  yield csvLine(['Success Rate', rateText(dashboard.success_rate, total)]);
  yield csvLine(['Response Rate', rateText(dashboard.response_rate, total)]);
  yield csvLine(['Applications Last 30 Days', dashboard.applications_last_30_days]);
  yield csvLine([]);
  yield csvLine(['STATUS BREAKDOWN']);
  yield csvLine(['Status', 'Count']);
  for (const [status, count] of Object.entries(dashboard.status_breakdown)) yield csvLine([status, count]);
  yield csvLine([]);
  yield csvLine(['APPLICATIONS OVER TIME']);
  yield csvLine(['Period', 'Count']);
  for (const { period, count } of monthly) yield csvLine([period, count]);
  yield csvLine([]);
  yield csvLine(['TOP SKILLS DEMANDED']);
  yield csvLine(['Skill', 'Count']);
  for (const { skill, count } of skills) yield csvLine([skill, count]);
}
