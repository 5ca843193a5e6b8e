/** The file exports of contract section 9: streamed CSVs and the PDF report, each one core export
 * use case over the caller's data. The web app's table exports (applications CSV and PDF) also
 * take its session cookie. */
import { ExportApplicationsQuery, ExportReportQuery } from '@jobtracker/contracts';
import { analyticsCsvFor, applicationsCsvFor, applicationsReportFor, companiesCsvFor, exportFilename } from '@jobtracker/core';
import type { Context as HonoContext } from 'hono';
import { loadReportFonts } from '../../infra/report-fonts.js';
import { fileOperation, type FileOperation } from './file-operation.js';
import { textStream } from './text-stream.js';

const CSV = { mediaTypes: ['text/csv'], description: 'The CSV file (RFC 4180, UTF-8)' } as const;
const tags = ['Export'];

function download(c: HonoContext, options: { body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>; type: string; filename: string }) {
  return c.body(options.body, 200, {
    'Content-Type': options.type,
    'Content-Disposition': `attachment; filename="${options.filename}"`,
    'Cache-Control': 'no-store',
  });
}

export function exportOperations(): FileOperation[] {
  return [
    fileOperation({
      name: 'export.applicationsCsv',
      meta: {
        method: 'GET', path: '/api/analytics/export/applications/csv/', tags, summary: 'Export applications as CSV',
        input: ExportApplicationsQuery, produces: CSV, errors: [400, 401], webSession: true,
      },
      handle: async ({ c, ctx, userId, input }) => {
        const lines = applicationsCsvFor(ctx.deps, { userId, status: input.status, company: input.company });
        return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('applications', 'csv', ctx.now) });
      },
    }),

    fileOperation({
      name: 'export.companiesCsv',
      meta: { method: 'GET', path: '/api/analytics/export/companies/csv/', tags, summary: 'Export companies as CSV', produces: CSV, errors: [401] },
      handle: async ({ c, ctx, userId }) => {
        const lines = await companiesCsvFor(ctx.deps, { userId });
        return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('companies', 'csv', ctx.now) });
      },
    }),

    fileOperation({
      name: 'export.analyticsCsv',
      meta: {
        method: 'GET', path: '/api/analytics/export/analytics/csv/', tags, summary: 'Export the analytics summary as CSV',
        produces: CSV, errors: [401],
      },
      handle: async ({ c, ctx, userId }) => {
        const lines = await analyticsCsvFor(ctx.deps, { userId, now: ctx.now });
        return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('analytics', 'csv', ctx.now) });
      },
    }),

    fileOperation({
      name: 'export.applicationsPdf',
      meta: {
        method: 'GET', path: '/api/analytics/export/applications/pdf/', tags,
        summary: 'Applications report as PDF (summary, charts, every application)',
        input: ExportReportQuery, produces: { mediaTypes: ['application/pdf'], description: 'The PDF report' }, errors: [400, 401],
        webSession: true,
      },
      handle: async ({ c, ctx, userId, input }) => {
        const pdf = await applicationsReportFor(ctx.deps, { userId, status: input.status, now: ctx.now, fonts: await loadReportFonts() });
        return download(c, {
          body: new Uint8Array(pdf) as Uint8Array<ArrayBuffer>,
          type: 'application/pdf',
          filename: exportFilename('applications_report', 'pdf', ctx.now),
        });
      },
    }),
  ];
}
