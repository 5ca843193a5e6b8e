/** The analytics endpoints as use cases: read the user's application views with just the fields
 * each computation needs, then compute. */
import type { ViewField } from '../applications/application-view.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { DomainError } from '../shared/domain-error.js';
import { applicationsOverTime, successRateOverTime } from './applications-over-time.js';
import { dashboard } from './dashboard.js';
import { parsePeriod } from './period-label.js';
import { responseTime } from './response-time.js';
import { salaryInsights } from './salary-insights.js';
import { skillsDemand } from './skills-demand.js';
import { timelineAnalysis } from './timeline-analysis.js';

type Deps = { applications: ApplicationRepository };
type Query = { userId: number; now: Date };

const views = (deps: Deps, userId: number, fields: readonly ViewField[]) => deps.applications.findViews(userId, {}, fields);

export const DASHBOARD_FIELDS: readonly ViewField[] = ['application.status', 'application.source', 'created_at'];

export async function dashboardFor(deps: Deps, { userId, now }: Query) {
  return dashboard(await views(deps, userId, DASHBOARD_FIELDS), now);
}

/** `period` defaults to month; anything else, an empty value included, is refused. */
export async function applicationsOverTimeFor(deps: Deps, { userId, period }: { userId: number; period: string | undefined }) {
  const parsed = parsePeriod(period);
  if (parsed === null) throw new DomainError('ANALYTICS.INVALID_PERIOD');
  return applicationsOverTime(await views(deps, userId, ['created_at']), parsed);
}

export async function successRateFor(deps: Deps, { userId }: { userId: number }) {
  return successRateOverTime(await views(deps, userId, ['created_at', 'application.status']));
}

export async function skillsDemandFor(deps: Deps, { userId }: { userId: number }) {
  return skillsDemand(await views(deps, userId, ['requirements.skills_required']));
}

export async function timelineAnalysisFor(deps: Deps, { userId }: { userId: number }) {
  return timelineAnalysis(await views(deps, userId, ['timeline']));
}

export async function salaryInsightsFor(deps: Deps, { userId }: { userId: number }) {
  return salaryInsights(await views(deps, userId, ['job.salary_min', 'job.salary_max']));
}

export async function responseTimeFor(deps: Deps, { userId }: { userId: number }) {
  return responseTime(await views(deps, userId, ['application.applied_date', 'timeline']));
}
