/** A chart panel: heading, optional controls, and one of loading (a placeholder of the final
 * size), error, empty (what to do next), chart, or the same figures as a table. */
import { useId, useState, type ReactNode } from 'react';
import { ErrorState } from '../error-state.js';
import { Skeleton } from '../skeleton.js';
import './charts.css';

type Query<T> = { data: T | undefined; error: unknown; refetch: () => unknown };

type Props<T> = {
  title: string;
  description?: string;
  query: Query<T>;
  /** Height of the chart area, kept by the placeholder and the empty state. */
  height: number;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  chart: (data: T) => ReactNode;
  table: (data: T) => ReactNode;
  controls?: ReactNode;
  wide?: boolean;
};

export function ChartPanel<T>({ title, description, query, height, isEmpty, empty, chart, table, controls, wide }: Props<T>) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const data = query.data;
  const hasFigures = data !== undefined && !isEmpty(data);
  let body: ReactNode;
  if (query.error && data === undefined) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (data === undefined) body = <Skeleton height={`${height}px`} />;
  else if (!hasFigures)
    body = (
      <div className="panel-empty" style={{ minHeight: height }}>
        {empty}
      </div>
    );
  else body = asTable ? table(data) : chart(data);

  return (
    <section className={`card panel ${wide ? 'panel-wide' : ''}`} aria-labelledby={headingId} aria-busy={data === undefined}>
      <div className="panel-header">
        <div className="panel-title">
          <h2 id={headingId}>{title}</h2>
          {description && <p className="small muted">{description}</p>}
        </div>
        {controls}
        {/* Without figures the toggle keeps its place, unseen, so the header does not reflow when they arrive. */}
        <button
          type="button"
          className={`button-small table-toggle ${hasFigures ? '' : 'is-placeholder'}`}
          aria-pressed={asTable}
          disabled={!hasFigures}
          onClick={() => setAsTable((on) => !on)}
        >
          View as table
        </button>
      </div>
      {body}
    </section>
  );
}
