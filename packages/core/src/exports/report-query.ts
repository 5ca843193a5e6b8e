/** The PDF report endpoint as a use case (contract section 9): the caller's applications, newest
 * first, with the contract's status filter, handed to the report builder. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { exportFilter } from './export-queries.js';
import { buildApplicationsReport } from './pdf/applications-report.js';
import type { ReportFontBytes } from './pdf/report-fonts.js';

export async function applicationsReportFor(
  deps: { applications: ApplicationRepository },
  options: { userId: number; status?: string | undefined; now: Date; fonts: ReportFontBytes },
): Promise<Uint8Array> {
  const applications: Application[] = [];
  for await (const application of deps.applications.stream(options.userId, exportFilter({ status: options.status }))) {
    applications.push(application);
  }
  return buildApplicationsReport({ applications, now: options.now, statusFilter: options.status, fonts: options.fonts });
}
