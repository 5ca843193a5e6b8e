/** The Proof-of-search page: a period (days in the person's time zone) and the language for dates,
 * the report as the office will read it (one row per application, totals per week), and the PDF
 * and CSV downloads of the same report. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { FormError, TextField } from '../../components/field.js';
import { SkeletonList } from '../../components/skeleton.js';
import { TransferProgressBar } from '../../components/transfer-progress.js';
import { errorText, fieldErrorsOf, httpStatusOf } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { downloadFile } from '../../lib/transfers.js';
import { trpc } from '../../lib/trpc.js';
import { useTransfer } from '../../lib/use-transfer.js';
import { dayFormatter, ProofTables } from './proof-tables.js';
import './proof-of-search.css';

type Query = { from: string; to: string; time_zone: string; locale: string };

const dayText = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last 30 days, today included. */
function defaultPeriod(): { from: string; to: string } {
  const today = new Date();
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29);
  return { from: dayText(from), to: dayText(today) };
}

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function queryString(query: Query): string {
  return new URLSearchParams(query).toString();
}

export function ProofOfSearchPage() {
  const [draft, setDraft] = useState(() => ({ ...defaultPeriod(), locale: navigator.language || 'en-US' }));
  const [query, setQuery] = useState<Query>(() => ({ ...draft, time_zone: TIME_ZONE }));
  const report = useQuery({
    queryKey: ['proof-of-search', query],
    queryFn: () => trpc.proofOfSearch.report.query(query),
    placeholderData: keepPreviousData,
  });
  const download = useTransfer((kind: 'pdf' | 'csv', options) => downloadFile(`/api/proof-of-search/${kind}/?${queryString(query)}`, `proof_of_search.${kind}`, options), {
    onSuccess: (name) => showToast(`Saved ${name}.`),
  });
  const day = dayFormatter(query.locale);
  const invalid = report.error && httpStatusOf(report.error) === 400;
  const fields = invalid ? fieldErrorsOf(report.error) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ ...draft, time_zone: TIME_ZONE });
  };

  return (
    <div className="page">
      <div className="stack" style={{ gap: '0.25rem' }}>
        <h1>Proof of job search</h1>
        <p className="muted">
          The applications you sent in a period, as unemployment offices ask for them: date, employer with address or website, position,
          how it was sent, contact person and outcome, one row each, with the totals per week.
        </p>
      </div>
      <form className="card proof-form" onSubmit={submit} noValidate aria-label="Period of the report">
        <TextField label="From" type="date" required value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} error={fields['from']} />
        <TextField label="To" type="date" required value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} error={fields['to']} />
        <TextField label="Language for dates" value={draft.locale} onChange={(event) => setDraft({ ...draft, locale: event.target.value })} error={fields['locale']} />
        <button type="submit" className="button-primary" disabled={report.isFetching}>
          Show report
        </button>
        <p className="small muted proof-zone">
          Days are counted in your time zone ({TIME_ZONE}). Dates in the report follow the language tag (en-US, de-DE, fr-FR…).
        </p>
      </form>

      {report.error && !invalid ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : invalid ? (
        <FormError message={Object.keys(fields).length === 0 ? errorText(report.error) : 'Check the period and the language above.'} />
      ) : !report.data ? (
        <SkeletonList rows={4} height="3rem" label="Loading the report" />
      ) : (
        <section className="card stack" aria-labelledby="proof-report-heading" aria-busy={report.isFetching}>
          <div className="row">
            <h2 id="proof-report-heading">
              {report.data.total} {report.data.total === 1 ? 'application' : 'applications'} from {day(report.data.period.from)} to {day(report.data.period.to)}
            </h2>
            <span className="spacer" />
            <button type="button" className="button-primary" onClick={() => download.mutate('pdf')} disabled={download.isPending}>
              Download PDF
            </button>
            <button type="button" onClick={() => download.mutate('csv')} disabled={download.isPending}>
              Download CSV
            </button>
          </div>
          {download.isPending && <TransferProgressBar label="Downloading" progress={download.progress} />}
          <FormError message={download.error ? `The download failed: ${errorText(download.error)}` : null} />
          <ProofTables report={report.data} locale={query.locale} />
        </section>
      )}
    </div>
  );
}
