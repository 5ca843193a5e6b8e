/** The companies and sources with the most applications, as ranked lists with bars of their share. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { dashboardQuery } from './dashboard-queries.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';

type Entry = { name: string; count: number; link?: ReactNode };

const LIST_HEIGHT = 140;

export function TopLists() {
  const query = useQuery(dashboardQuery);
  const data = query.data;
  const companies: Entry[] | undefined = data?.top_companies.map((row) => {
    const name = row.company ?? 'No company';
    return { name, count: row.count, link: row.company ? <Link to="/companies" search={{ q: row.company }}>{name}</Link> : undefined };
  });
  const sources: Entry[] | undefined = data?.top_sources.map((row) => ({ name: row.source, count: row.count }));
  return (
    <>
      <RankedList title="Top companies" entries={companies} error={query.error} onRetry={() => void query.refetch()} empty="The companies you apply to most appear here." />
      <RankedList title="Top sources" entries={sources} error={query.error} onRetry={() => void query.refetch()} empty="Note where you found each job (LinkedIn, a referral…) to compare sources." />
    </>
  );
}

type ListProps = { title: string; entries: Entry[] | undefined; error: unknown; onRetry: () => void; empty: string };

function RankedList({ title, entries, error, onRetry, empty }: ListProps) {
  const max = Math.max(1, ...(entries ?? []).map((entry) => entry.count));
  const id = title.toLowerCase().replace(/\s+/g, '-');
  return (
    <section className="card panel" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{title}</h2>
      </div>
      {error && !entries ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : !entries ? (
        <Skeleton height={`${LIST_HEIGHT}px`} />
      ) : entries.length === 0 ? (
        <div className="panel-empty" style={{ minHeight: LIST_HEIGHT }}>
          <EmptyHint text={empty} />
        </div>
      ) : (
        <ol className="ranked-list" style={{ minHeight: LIST_HEIGHT }}>
          {entries.map((entry, index) => (
            <li key={`${entry.name}-${index}`}>
              <span className="ranked-name">{entry.link ?? entry.name}</span>
              <span className="ranked-count">{entry.count.toLocaleString()}</span>
              <span className="ranked-bar" style={{ width: `${(entry.count / max) * 100}%` }} aria-hidden="true" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
