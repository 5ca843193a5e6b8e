/** Industry breakdown, top companies, and one company's applications and statistics (contract
 * 7.9 to 7.12). */
import { averageResponseTime, statusBreakdown } from '../analytics/index.js';
import { sortedByCount } from '../analytics/group-count.js';
import type { Application } from '../applications/application.js';
import type { Company } from './company.js';
import type { CompanyDeps } from './company-deps.js';
import { withApplicationCounts } from './find-companies.js';
import { findCompanyOrFail, type CompanyWithCount } from './manage-company.js';

export const UNKNOWN_INDUSTRY = 'Unknown';
export const DEFAULT_TOP_LIMIT = 10;

export type IndustryCount = { industry: string; count: number };

/** Groups the companies (not applications) by industry, count descending. Null and missing
 * group together (as MongoDB's $group does), `""` apart; both are labelled "Unknown". */
export async function industryBreakdown(deps: Pick<CompanyDeps, 'companies'>, command: { userId: number }): Promise<IndustryCount[]> {
  const counts = new Map<string | null, number>();
  for (const company of await deps.companies.findAll(command.userId, {})) {
    const key = company.industry ?? null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return sortedByCount(counts).map(([industry, count]) => ({ industry: industry || UNKNOWN_INDUSTRY, count }));
}

/** Companies with at least one application, count descending (stable: ties keep storage
 * order), then `[:limit]` as a Python slice: 0 gives none, a negative value drops from the end. */
export async function topCompanies(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; limit: number | undefined },
): Promise<CompanyWithCount[]> {
  const all = await deps.companies.findAll(command.userId, {});
  const counted = await withApplicationCounts(deps, command.userId, all);
  const ranked = counted.filter((entry) => entry.applicationCount > 0).sort((a, b) => b.applicationCount - a.applicationCount);
  return ranked.slice(0, command.limit ?? DEFAULT_TOP_LIMIT);
}

/** The applications whose company.name equals the company's name exactly, newest first. */
async function applicationsOf(deps: Pick<CompanyDeps, 'applications'>, company: Company): Promise<Application[]> {
  const applications: Application[] = [];
  for await (const application of deps.applications.stream(company.user_id, { companyName: company.name })) {
    applications.push(application);
  }
  return applications;
}

export async function companyApplications(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; id: string },
): Promise<{ company: Company; applications: Application[] }> {
  const company = await findCompanyOrFail(deps, command);
  return { company, applications: await applicationsOf(deps, company) };
}

export type CompanyStats = {
  company: Company;
  total_applications: number;
  status_breakdown: Record<string, number>;
  average_response_time: number;
};

export async function companyStats(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; id: string },
): Promise<CompanyStats> {
  const company = await findCompanyOrFail(deps, command);
  const applications = await applicationsOf(deps, company);
  return {
    company,
    total_applications: applications.length,
    status_breakdown: statusBreakdown(applications),
    average_response_time: averageResponseTime(applications),
  };
}
