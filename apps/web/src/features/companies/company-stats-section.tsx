/** A company's statistics: how many applications, where they stand, and how fast it answers. */
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { STATUSES, statusLabel } from '../../lib/statuses.js';
import { companyStatsQuery } from './companies-queries.js';

export function CompanyStatsSection({ companyId }: { companyId: string }) {
  const stats = useQuery(companyStatsQuery(companyId));
  return (
    <section className="card stack company-stats" aria-labelledby="company-stats-title">
      <h2 id="company-stats-title">Statistics</h2>
      {stats.error ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !stats.data ? (
        <div role="status" aria-label="Loading statistics" className="stack">
          <Skeleton height="4.5rem" />
          <Skeleton height="10rem" />
        </div>
      ) : (
        <>
          <dl className="company-stat-pair">
            <div>
              <dt>Applications</dt>
              <dd>{stats.data.total_applications}</dd>
            </div>
            <div>
              <dt>Average response</dt>
              <dd>{stats.data.average_response_time > 0 ? `${formatDays(stats.data.average_response_time)}` : '—'}</dd>
            </div>
          </dl>
          {stats.data.total_applications === 0 ? (
            <p className="muted small">No applications yet, so nothing to count.</p>
          ) : (
            <StatusBreakdown breakdown={stats.data.status_breakdown} total={stats.data.total_applications} />
          )}
          {stats.data.total_applications > 0 && stats.data.average_response_time === 0 && (
            <p className="muted small">The response time appears once a timeline event is recorded after an application's applied date.</p>
          )}
        </>
      )}
    </section>
  );
}

export function formatDays(days: number): string {
  return `${days.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${days === 1 ? 'day' : 'days'}`;
}

/** Counts per status in board order (unknown statuses last), each with a bar of its share. */
function StatusBreakdown({ breakdown, total }: { breakdown: Record<string, number>; total: number }) {
  const known = STATUSES.filter((status) => breakdown[status]).map((status) => [status, breakdown[status] ?? 0] as const);
  const other = Object.entries(breakdown).filter(([status, count]) => count > 0 && !(STATUSES as readonly string[]).includes(status));
  const rows = [...known, ...other];
  return (
    <table className="company-meter-table">
      <caption className="visually-hidden">Applications per status</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Applications</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([status, count]) => (
          <tr key={status}>
            <th scope="row">{statusLabel(status === 'None' ? null : status)}</th>
            <td className="company-meter-count">{count}</td>
            <td className="company-meter-cell">
              <span className="company-meter" style={{ width: `${(count / total) * 100}%` }} aria-hidden="true" />
              <span className="visually-hidden">{Math.round((count / total) * 100)}%</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
