/** The applications report: core's use case with the report fonts. A module of its own so the
 * export route can load it (and with it the PDF library) on the first report. */
import { applicationsReportFor, type ApplicationRepository } from '@jobtracker/core';
import { loadReportFonts } from '../../infra/report-fonts.js';

export async function applicationsPdf(
  deps: { applications: ApplicationRepository },
  options: { userId: number; status?: string | undefined; now: Date },
): Promise<Uint8Array> {
  return applicationsReportFor(deps, { ...options, fonts: await loadReportFonts() });
}
