/** The headline numbers, each a card with what it counts. */
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { percent } from '../../components/charts/chart-spec.js';
import { dashboardQuery } from './dashboard-queries.js';

export function SummaryCards() {
  const query = useQuery(dashboardQuery);
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const cards = [
    { label: 'Applications', value: data?.total_applications.toLocaleString(), note: 'in total' },
    { label: 'Success rate', value: data && percent(data.success_rate), note: 'at offer or accepted' },
    { label: 'Response rate', value: data && percent(data.response_rate), note: 'not rejected or withdrawn' },
    { label: 'Last 30 days', value: data?.applications_last_30_days.toLocaleString(), note: 'applications added' },
    {
      label: 'Days in pipeline',
      value: data?.average_days_in_pipeline.toLocaleString(),
      note: 'on average, for open applications',
    },
  ];
  return (
    <section aria-label="Summary" aria-busy={!data}>
      <dl className="summary-cards">
        {cards.map((card) => (
          <div key={card.label} className="card summary-card">
            <dt>{card.label}</dt>
            <dd className="summary-value">{card.value ?? <Skeleton height="2rem" width="4.5rem" />}</dd>
            <dd className="small muted">{card.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
