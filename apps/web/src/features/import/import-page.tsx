/** The Import page: choose a CSV (our own export, another tracker's, any spreadsheet), see what was
 * recognised and every row's problems before anything is written, adjust the columns and the date
 * order, then import with progress and a summary. The import is one request that stores every
 * error-free row at once (10,000 rows take seconds), so progress is the upload's, then the
 * server's step. */
import type { ImportResultOutput } from '@jobtracker/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { FormError, SelectField } from '../../components/field.js';
import { TransferProgressBar } from '../../components/transfer-progress.js';
import { errorText } from '../../lib/api-errors.js';
import { uploadForm, type TransferProgress } from '../../lib/transfers.js';
import { useTransfer } from '../../lib/use-transfer.js';
import { ColumnMapping } from './column-mapping.js';
import { DECIDED_BY, importForm, type ColumnTarget, type DateOrder, type Preview } from './import-targets.js';
import { ImportSummary } from './import-summary.js';
import { PreviewRows } from './preview-rows.js';
import './import.css';

const PREVIEW_URL = '/api/import/applications/preview/';
const IMPORT_URL = '/api/import/applications/';

type Choice = { file: File; mapping: Record<number, ColumnTarget>; dateOrder: DateOrder; columnCount: number };

const formOf = (choice: Choice) => importForm(choice.file, choice.mapping, choice.columnCount, choice.dateOrder);
const isComplete = (progress: TransferProgress | null) => progress !== null && progress.total !== null && progress.loaded >= progress.total;

export function ImportPage() {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const preview = useTransfer((next: Choice, options) => uploadForm<Preview>(PREVIEW_URL, formOf(next), options));
  const run = useTransfer((current: Choice, options) => uploadForm<ImportResultOutput>(IMPORT_URL, formOf(current), options), {
    // Every list, count and chart may change.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  // Once every byte is up, the server is storing the rows: its step, not the upload's, is shown.
  const uploaded = isComplete(run.progress);

  const previewWith = (next: Choice) => {
    setChoice(next);
    run.reset();
    preview.mutate(next);
  };
  const data = preview.data;
  const busy = preview.isPending || run.isPending;

  return (
    <div className="page import-page">
      <div className="stack" style={{ gap: '0.25rem' }}>
        <h1>Import applications</h1>
        <p className="muted">
          From a CSV file: this app’s own export, Huntr, Teal or Simplify, or any spreadsheet with a company and a job title column. Nothing is
          written until you press Import, and importing the same file again adds nothing twice.
        </p>
      </div>

      <section className="card stack" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">1. Choose a file</h2>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) previewWith({ file, mapping: {}, dateOrder: '', columnCount: 0 });
            }}
          />
          <span id="import-file-hint" className="field-hint">
            UTF-8 text, separated by commas, semicolons or tabs; up to 20 MB and 50,000 rows.
          </span>
        </div>
        {preview.isPending && <TransferProgressBar label="Reading the file" progress={preview.progress} detail={isComplete(preview.progress) ? 'checking every row…' : undefined} />}
        <FormError message={preview.error ? `The file cannot be imported: ${errorText(preview.error)}` : null} />
      </section>

      {data && choice && (
        <section className="card stack" aria-labelledby="import-preview-heading" aria-busy={preview.isPending}>
          <h2 id="import-preview-heading">2. Check the preview</h2>
          <p aria-live="polite">
            Recognised as <strong>{data.format_label}</strong>. {data.totals.rows} {data.totals.rows === 1 ? 'row' : 'rows'}: {data.totals.new} new,{' '}
            {data.totals.duplicates} imported before, {data.totals.invalid} with errors (skipped), {data.totals.with_warnings} with warnings.
          </p>
          {data.mapping_problem && (
            <p className="alert alert-warning" role="alert">
              {data.mapping_problem}
            </p>
          )}
          <div className="stack import-dates">
            <SelectField
              label="Read dates like 03/04/2025 as"
              value={choice.dateOrder}
              disabled={busy}
              onChange={(event) => previewWith({ ...choice, dateOrder: event.target.value as DateOrder, columnCount: data.columns.length })}
              hint={`Now read ${data.dates.order === 'MDY' ? 'month first' : 'day first'}, decided by ${DECIDED_BY[data.dates.decided_by]}${
                data.dates.ambiguous_dates > 0 ? ` (${data.dates.ambiguous_dates} ${data.dates.ambiguous_dates === 1 ? 'date reads' : 'dates read'} either way)` : ''
              }.`}
            >
              <option value="">Automatic</option>
              <option value="MDY">Month first (03/04 is 4 March)</option>
              <option value="DMY">Day first (03/04 is 3 April)</option>
            </SelectField>
          </div>
          <h3>Columns</h3>
          <ColumnMapping
            columns={data.columns}
            disabled={busy}
            onChange={(index, target) => previewWith({ ...choice, mapping: { ...choice.mapping, [index]: target }, columnCount: data.columns.length })}
          />
          <h3>Rows</h3>
          <PreviewRows rows={data.rows} />
        </section>
      )}

      {data && choice && (
        <section className="card stack" aria-labelledby="import-run-heading">
          <h2 id="import-run-heading">3. Import</h2>
          {!run.data && (
            <div className="row">
              <button type="button" className="button-primary" disabled={busy || data.totals.new === 0 || data.mapping_problem !== null} onClick={() => run.mutate(choice)}>
                {data.totals.new === 0 ? 'Nothing new to import' : `Import ${data.totals.new} ${data.totals.new === 1 ? 'application' : 'applications'}`}
              </button>
              {data.totals.invalid > 0 && <span className="small muted">Rows with errors are left out.</span>}
            </div>
          )}
          {run.isPending && (
            <TransferProgressBar
              label={uploaded ? `Importing ${data.totals.new} applications` : 'Uploading the file'}
              progress={uploaded ? null : run.progress}
              {...(uploaded ? { detail: 'storing every row at once…' } : {})}
            />
          )}
          <FormError message={run.error ? `Nothing was imported: ${errorText(run.error)}` : null} />
          {run.data && (
            <>
              <ImportSummary result={run.data} />
              <div className="row">
                <Link className="button button-primary" to="/applications">
                  View applications
                </Link>
                <button
                  type="button"
                  onClick={() => {
                    preview.reset();
                    run.reset();
                    setChoice(null);
                    if (input.current) input.current.value = '';
                  }}
                >
                  Import another file
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
