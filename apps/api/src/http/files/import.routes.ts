/** The CSV import as two file routes taking the same multipart form (the CSV as `file`, and
 * `mapping`, `date_order`, `locale`): the preview reports every row's problems and writes
 * nothing; the import stores every error-free row in one call that stores all or none, skipping
 * rows imported before. The file goes to a temporary file as it arrives (core reads it twice)
 * and is removed when the request ends. Both also take the web app's session cookie. */
import { ImportForm, ImportOptionsInput, ImportPreviewOutput, ImportResultOutput } from '@jobtracker/contracts';
import { DomainError, importApplications, previewImport, type ImportOptions, type ImportSource } from '@jobtracker/core';
import * as v from 'valibot';
import { toImportPreviewOutput, toImportResultOutput } from '../../mappers/portability.mapper.js';
import { fileOperation, type FileOperation } from './file-operation.js';
import type { SpooledUpload } from './upload-form.js';

const tags = ['Import'];
const MULTIPART = ['multipart/form-data'] as const;

const FORM_RULES =
  'Multipart: `file` is the CSV (UTF-8, with or without BOM; comma, semicolon or tab; at most 20 MiB and 50,000 rows; a larger ' +
  'body is a 413). `mapping` (JSON array, one target or null per column) changes the detected mapping; `date_order` (MDY or ' +
  'DMY) and `locale` decide how dates like 03/04/2025 read when the file does not tell. A file that cannot be read (broken ' +
  'quoting, not UTF-8, no header, no company or job title column) is a 400 on `file` with its line and column.';

/** The form's fields checked, then the file: the body is read once, so both are known here. */
function importInput(fields: Record<string, unknown>, file: SpooledUpload | null): { source: ImportSource; options: ImportOptions } {
  const input = v.parse(ImportOptionsInput, fields);
  if (!file) throw new DomainError('FILE.MISSING');
  const options: ImportOptions = {};
  if (input.mapping) options.mapping = input.mapping;
  if (input.date_order) options.dateOrder = input.date_order;
  if (input.locale) options.locale = input.locale;
  return { source: () => file.read(), options };
}

export function importOperations(): FileOperation[] {
  return [
    fileOperation({
      name: 'import.preview',
      meta: {
        method: 'POST', path: '/api/import/applications/preview/', tags,
        summary: 'Preview a CSV import: the detected format and column mapping, how dates read, and every row with its problems',
        description: `${FORM_RULES} Nothing is written.`,
        body: { schema: ImportForm, mediaTypes: MULTIPART },
        output: ImportPreviewOutput,
        errors: [400, 401, 413, 415],
        webSession: true,
      },
      receives: 'spooled',
      handle: async ({ c, ctx, userId, form, spooled }) => {
        const { source, options } = importInput(form.fields, spooled);
        return c.json(toImportPreviewOutput(await previewImport(ctx.deps, { userId, source, options })), 200);
      },
    }),

    fileOperation({
      name: 'import.applications',
      meta: {
        method: 'POST', path: '/api/import/applications/', tags,
        summary: 'Import applications from a CSV: every error-free row at once, rows imported before skipped',
        description:
          `${FORM_RULES} The rows without errors are stored together or not at all; rows with errors are left out and ` +
          'listed by line. Importing the same file again creates nothing ("Ghosted" and the like become applied applications ' +
          'closed as no response; words our statuses cannot say are kept in the notes, as are unknown columns).',
        body: { schema: ImportForm, mediaTypes: MULTIPART },
        output: ImportResultOutput,
        errors: [400, 401, 413, 415],
        webSession: true,
      },
      receives: 'spooled',
      handle: async ({ c, ctx, userId, form, spooled }) => {
        const { source, options } = importInput(form.fields, spooled);
        return c.json(toImportResultOutput(await importApplications(ctx.deps, { userId, source, options, now: ctx.now })), 200);
      },
    }),
  ];
}
