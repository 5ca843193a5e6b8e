/** The PDF reports (the applications report, the proof of search) with the report fonts. A
 * module of its own so the routes load it (and with it the PDF library) on the first report. */
import { applicationsReportFor, buildProofOfSearchPdf, type ApplicationRepository } from '@jobtracker/core';
import { loadReportFonts } from '../../infra/report-fonts.js';

export async function applicationsPdf(
  deps: { applications: ApplicationRepository },
  options: { userId: number; status?: string | undefined; now: Date },
): Promise<Uint8Array> {
  return applicationsReportFor(deps, { ...options, fonts: await loadReportFonts() });
}

export async function proofOfSearchPdf(options: Omit<Parameters<typeof buildProofOfSearchPdf>[0], 'fonts'>): Promise<Uint8Array> {
  return buildProofOfSearchPdf({ ...options, fonts: await loadReportFonts() });
}
