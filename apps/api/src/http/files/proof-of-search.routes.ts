/** The proof of search as downloads: a CSV (core's writer, streamed) and an A4 landscape PDF, for
 * the period and in the locale the query names. The web app's session cookie is accepted. */
import { ProofOfSearchQuery } from '@jobtracker/contracts';
import { proofOfSearchCsvLines, proofOfSearchFor } from '@jobtracker/core';
import { DEFAULT_PROOF_LOCALE, PROOF_TAGS } from '../../procedures/proof-of-search.router.js';
import type { RequestContext } from '../../request/request-context.js';
import { attachmentDownload } from './attachment-download.js';
import { fileOperation, type FileOperation } from './file-operation.js';
import { textStream } from './text-stream.js';

type Query = { from: string; to: string; time_zone?: string | undefined; locale?: string | undefined };

async function reportOf(ctx: RequestContext, userId: number, input: Query) {
  return proofOfSearchFor(
    { ...ctx.deps, users: ctx.deps.auth.users },
    { userId, from: input.from, to: input.to, timeZone: input.time_zone, locale: input.locale ?? DEFAULT_PROOF_LOCALE },
  );
}

const filename = (input: Query, extension: string) => `proof_of_search_${input.from}_${input.to}.${extension}`;

export function proofOfSearchOperations(): FileOperation[] {
  return [
    fileOperation({
      name: 'proofOfSearch.csv',
      meta: {
        method: 'GET', path: '/api/proof-of-search/csv/', tags: PROOF_TAGS,
        summary: 'The proof of search as CSV: the person and period, one row per application, then the totals per ISO week',
        input: ProofOfSearchQuery,
        produces: { mediaTypes: ['text/csv'], description: 'The CSV file (RFC 4180, UTF-8; cells a spreadsheet would run are prefixed with \')' },
        errors: [400, 401],
        webSession: true,
      },
      handle: async ({ c, ctx, userId, input }) => {
        const { report, locale } = await reportOf(ctx, userId, input);
        return attachmentDownload(c, { body: textStream(proofOfSearchCsvLines(report, { locale })), type: 'text/csv', filename: filename(input, 'csv') });
      },
    }),

    fileOperation({
      name: 'proofOfSearch.pdf',
      meta: {
        method: 'GET', path: '/api/proof-of-search/pdf/', tags: PROOF_TAGS,
        summary: 'The proof of search as an A4 landscape PDF: the person and period, one row per application, totals per week',
        input: ProofOfSearchQuery,
        produces: { mediaTypes: ['application/pdf'], description: 'The PDF report' },
        errors: [400, 401],
        webSession: true,
      },
      handle: async ({ c, ctx, userId, input }) => {
        const { report, locale } = await reportOf(ctx, userId, input);
        // The PDF library and the fonts load with the first report, not at start-up.
        const { proofOfSearchPdf } = await import('./pdf-export.js');
        const pdf = await proofOfSearchPdf({ report, locale, now: ctx.now });
        return attachmentDownload(c, { body: new Uint8Array(pdf) as Uint8Array<ArrayBuffer>, type: 'application/pdf', filename: filename(input, 'pdf') });
      },
    }),
  ];
}
