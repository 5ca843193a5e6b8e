/** The CSV export endpoints as use cases (contract section 9): select the caller's data with the
 * contract's filters and order, and hand it to the CSV writers. (The PDF report's is in
 * report-query.ts, apart, so a bundle can load the PDF library only when a report is asked for.) */
import type { ApplicationFilter, ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import { applicationsOverTime } from '../analytics/applications-over-time.js';
import { dashboard } from '../analytics/dashboard.js';
import { skillsDemand } from '../analytics/skills-demand.js';
import { analyticsCsvLines } from './csv/analytics-csv.js';
import { APPLICATIONS_CSV_FIELDS, applicationsCsvLines } from './csv/applications-csv.js';
import { companiesCsvLines } from './csv/companies-csv.js';

type Deps = { applications: ApplicationRepository; companies: CompanyRepository };

/** Empty filter values are ignored, as in the original. */
export function exportFilter(options: { status?: string | undefined; company?: string | undefined }): ApplicationFilter {
  const filter: ApplicationFilter = {};
  if (options.status) filter.status = options.status;
  if (options.company) filter.companyContains = options.company;
  return filter;
}

/** Streams: one application at a time, newest first, each read as the CSV's columns only. */
export function applicationsCsvFor(
  deps: Pick<Deps, 'applications'>,
  options: { userId: number; status?: string | undefined; company?: string | undefined },
): AsyncGenerator<string> {
  return applicationsCsvLines(deps.applications.streamViews(options.userId, exportFilter(options), APPLICATIONS_CSV_FIELDS));
}

export async function companiesCsvFor(deps: Pick<Deps, 'companies'>, options: { userId: number }): Promise<AsyncGenerator<string>> {
  const { items } = await deps.companies.findPage(options.userId, {}, { offset: 0, limit: null });
  return companiesCsvLines(items);
}

export async function analyticsCsvFor(deps: Pick<Deps, 'applications'>, options: { userId: number; now: Date }) {
  const views = await deps.applications.findViews(options.userId, {}, [
    'application.status',
    'application.source',
    'created_at',
    'requirements.skills_required',
  ]);
  return analyticsCsvLines({
    dashboard: dashboard(views, options.now),
    monthly: applicationsOverTime(views, 'month'),
    skills: skillsDemand(views),
  });
}
