/** Panels about the flow of applications: where they stand, how many over time, and how often
 * they end in an offer. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { STATUSES, statusLabel } from '../../lib/statuses.js';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import { percent, type ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { CountBarsPanel } from './count-bars-panel.js';
import { dashboardQuery, overTimeQuery, successRateQuery, type Analytics, type OverTime } from './dashboard-queries.js';
import type { Period } from './dashboard-search.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { periodAxisLabel, periodLabel } from './period-labels.js';
import { PeriodSwitch } from './period-switch.js';
import { statusColorToken } from './status-colors.js';

type StatusRow = { status: string; label: string; count: number };

/** Every status in board order (zeros included: the whole pipeline at a glance), then any other. */
function statusRows(breakdown: Record<string, number>): StatusRow[] {
  const known = STATUSES.map((status) => ({ status, label: statusLabel(status), count: breakdown[status] ?? 0 }));
  const other = Object.entries(breakdown)
    .filter(([status]) => !(STATUSES as readonly string[]).includes(status))
    .map(([status, count]) => ({ status, label: statusLabel(status === 'None' ? null : status), count }));
  return [...known, ...other];
}

export function StatusPanel() {
  const query = useQuery(dashboardQuery);
  return (
    <CountBarsPanel<Analytics['dashboard']>
      title="Status breakdown"
      description="Where every application stands now"
      query={query}
      height={260}
      isEmpty={(data) => data.total_applications === 0}
      emptyText="Each application you add shows up here under its status."
      rows={(data) => statusRows(data.status_breakdown).map((row) => ({ label: row.label, count: row.count, color: statusColorToken(row.status) }))}
      chartTitle="applications per status"
      caption="Applications per status"
      columns={['Status', 'Applications']}
    />
  );
}

export function OverTimePanel({ period, onPeriod }: { period: Period; onPeriod: (period: Period) => void }) {
  const query = useQuery(overTimeQuery(period));
  return (
    <ChartPanel<OverTime>
      title="Applications over time"
      description="Counted by the day each was added (UTC)"
      wide
      query={query}
      height={OVER_TIME_HEIGHT}
      isEmpty={(data) => data.rows.length === 0}
      empty={<GetStarted />}
      controls={<PeriodSwitch value={period} onChange={onPeriod} />}
      chart={(data) => <OverTimeChart data={data} />}
      table={(data) => (
        <DataTable
          caption={`Applications per ${data.period}`}
          columns={[{ label: PERIOD_HEADINGS[data.period] }, { label: 'Applications', numeric: true }]}
          rows={data.rows.map((row) => [periodLabel(row.period, data.period), row.count])}
        />
      )}
    />
  );
}

/** A new person's first step, in the first panel (no banner appears after loading, nothing moves).
 * The applications feature owns the form: its route is linked by address (`href` wins over `to`). */
function GetStarted() {
  return (
    <EmptyHint
      title="Your dashboard fills in as you apply"
      text="Add the jobs you apply to; these charts then show your pace, your pipeline and what companies ask for."
      actions={
        <Link to="." href="/applications/new" className="button button-primary">
          Add your first application
        </Link>
      }
    />
  );
}

/** Tall enough for the first-step message at phone width, so it does not outgrow its placeholder. */
const OVER_TIME_HEIGHT = 260;

const PERIOD_HEADINGS: Record<Period, string> = { day: 'Day', week: 'Week', month: 'Month' };

function OverTimeChart({ data }: { data: OverTime }) {
  const spec = useMemo<ChartSpec>(
    () => ({ kind: 'bars', labels: data.rows.map((row) => periodAxisLabel(row.period, data.period)), values: data.rows.map((row) => row.count) }),
    [data],
  );
  const fullLabels = useMemo(() => data.rows.map((row) => periodLabel(row.period, data.period)), [data]);
  return <ChartFigure title={`applications per ${data.period}`} spec={spec} height={OVER_TIME_HEIGHT} fullLabels={fullLabels} />;
}

export function SuccessRatePanel() {
  const query = useQuery(successRateQuery);
  return (
    <ChartPanel<Analytics['successRate']>
      title="Success rate by month"
      description="Share of each month's applications now at offer or accepted"
      query={query}
      height={260}
      isEmpty={(data) => data.length === 0}
      empty={<EmptyHint text="Once you have applications, this tracks how many turn into offers, month by month." />}
      chart={(data) => <SuccessRateChart data={data} />}
      table={(data) => (
        <DataTable
          caption="Success rate by month"
          columns={[{ label: 'Month' }, { label: 'Applications', numeric: true }, { label: 'Offers or accepted', numeric: true }, { label: 'Success rate', numeric: true }]}
          rows={data.map((row) => [periodLabel(row.period, 'month'), row.total, row.success, percent(row.success_rate)])}
        />
      )}
    />
  );
}

function SuccessRateChart({ data }: { data: Analytics['successRate'] }) {
  const spec = useMemo<ChartSpec>(
    () => ({ kind: 'line', labels: data.map((row) => periodAxisLabel(row.period, 'month')), values: data.map((row) => row.success_rate), max: 100, format: percent }),
    [data],
  );
  const fullLabels = useMemo(() => data.map((row) => periodLabel(row.period, 'month')), [data]);
  return <ChartFigure title="success rate by month" spec={spec} height={260} fullLabels={fullLabels} />;
}
