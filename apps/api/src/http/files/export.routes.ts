/** The file exports of contract section 9: streamed CSVs and the PDF report. Plain routes (the
 * body is a file, not JSON) calling core's export use cases; described in the OpenAPI document. */
import { ExportApplicationsQuery, ExportReportQuery, toFieldErrors } from '@jobtracker/contracts';
import {
  analyticsCsvFor,
  applicationsCsvFor,
  applicationsReportFor,
  companiesCsvFor,
  exportFilename,
  validationError,
} from '@jobtracker/core';
import type { Context as HonoContext, Hono } from 'hono';
import * as v from 'valibot';
import type { AppDeps } from '../app-deps.js';
import type { OpenApiPaths } from '../docs/openapi-document.js';
import { errorResponses } from '../docs/openapi-document.js';
import { plainRoute } from '../http/plain-route.js';
import type { RequestInfoReader } from '../http/request-info.js';
import { loadReportFonts } from '../infra/report-fonts.js';
import { textStream } from './text-stream.js';

type Options = { app: Hono; deps: AppDeps; requestInfo: RequestInfoReader };

function query<T extends v.GenericSchema>(c: HonoContext, schema: T): v.InferOutput<T> {
  const result = v.safeParse(schema, Object.fromEntries(new URL(c.req.url).searchParams.entries()));
  if (!result.success) throw validationError(toFieldErrors(result.issues));
  return result.output;
}

function download(c: HonoContext, options: { body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>; type: string; filename: string }) {
  return c.body(options.body, 200, {
    'Content-Type': options.type,
    'Content-Disposition': `attachment; filename="${options.filename}"`,
    'Cache-Control': 'no-store',
  });
}

const csvDoc = (summary: string, parameters: Array<{ name: string; description: string }> = []) => ({
  get: {
    operationId: summary.toLowerCase().replace(/\W+/g, '_'),
    summary,
    tags: ['Export'],
    parameters: parameters.map((p) => ({ name: p.name, in: 'query', required: false, schema: { type: 'string' }, description: p.description })),
    responses: {
      '200': { description: 'The CSV file (RFC 4180, UTF-8)', content: { 'text/csv': { schema: { type: 'string' } } } },
      ...errorResponses([400, 401]),
    },
  },
});

export function registerExportRoutes({ app, deps, requestInfo }: Options): OpenApiPaths {
  const route = (path: string, handler: Parameters<typeof plainRoute>[0]['handler']) =>
    plainRoute({ app, deps, requestInfo, path, method: 'GET', handler });

  route('/api/analytics/export/applications/csv', async ({ c, ctx, userId }) => {
    const { status, company } = query(c, ExportApplicationsQuery);
    const lines = applicationsCsvFor(deps, { userId, status, company });
    return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('applications', 'csv', ctx.now) });
  });

  route('/api/analytics/export/companies/csv', async ({ c, ctx, userId }) => {
    const lines = await companiesCsvFor(deps, { userId });
    return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('companies', 'csv', ctx.now) });
  });

  route('/api/analytics/export/analytics/csv', async ({ c, ctx, userId }) => {
    const lines = await analyticsCsvFor(deps, { userId, now: ctx.now });
    return download(c, { body: textStream(lines), type: 'text/csv', filename: exportFilename('analytics', 'csv', ctx.now) });
  });

  route('/api/analytics/export/applications/pdf', async ({ c, ctx, userId }) => {
    const { status } = query(c, ExportReportQuery);
    const pdf = await applicationsReportFor(deps, { userId, status, now: ctx.now, fonts: await loadReportFonts() });
    return download(c, {
      body: new Uint8Array(pdf) as Uint8Array<ArrayBuffer>,
      type: 'application/pdf',
      filename: exportFilename('applications_report', 'pdf', ctx.now),
    });
  });

  return {
    '/api/analytics/export/applications/csv/': csvDoc('Export applications as CSV', [
      { name: 'status', description: 'Exact status' },
      { name: 'company', description: 'Case-insensitive substring of the company name' },
    ]),
    '/api/analytics/export/companies/csv/': csvDoc('Export companies as CSV'),
    '/api/analytics/export/analytics/csv/': csvDoc('Export the analytics summary as CSV'),
    '/api/analytics/export/applications/pdf/': {
      get: {
        operationId: 'export_applications_pdf',
        summary: 'Applications report as PDF (summary, charts, every application)',
        tags: ['Export'],
        parameters: [{ name: 'status', in: 'query', required: false, schema: { type: 'string' }, description: 'Exact status' }],
        responses: {
          '200': { description: 'The PDF report', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          ...errorResponses([400, 401]),
        },
      },
    },
  };
}
