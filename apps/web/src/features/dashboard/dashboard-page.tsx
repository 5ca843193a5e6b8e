/** The dashboard: headline numbers, then each analytic as a chart with a table view and an empty
 * state that says what to do next. Chart code (uPlot) loads only here, lazily. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton, SkeletonList } from '../../components/skeleton.js';
import { eventTypeLabel, statusLabel } from '../../lib/statuses.js';
import { BarList, ChartCard } from './chart-card.js';
import { analyticsQueries, type Period } from './dashboard-queries.js';
import './dashboard.css';

const LineChart = lazy(() => import('./line-chart.js').then((module) => ({ default: module.LineChart })));
const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const ADD_FIRST = 'No applications yet. Add one with “Quick add” (or press n) and it will show up here.';

function Tile({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="card tile">
      <p className="tile-value">{value}</p>
      <p className="tile-label">{label}</p>
    </div>
  );
}

function Line(props: { labels: string[]; values: number[]; seriesLabel: string; description: string }) {
  return (
    <Suspense fallback={<Skeleton height="220px" />}>
      <LineChart {...props} />
    </Suspense>
  );
}

export function DashboardPage() {
  const [period, setPeriod] = useState<Period>('month');
  const dashboard = useQuery(analyticsQueries.dashboard);
  const overTime = useQuery(analyticsQueries.overTime(period));
  const success = useQuery(analyticsQueries.successRate);
  const skills = useQuery(analyticsQueries.skills);
  const stages = useQuery(analyticsQueries.stages);
  const salary = useQuery(analyticsQueries.salary);
  const response = useQuery(analyticsQueries.responseTime);

  if (dashboard.isError) return <div className="page"><ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} /></div>;
  const d = dashboard.data;
  const statusRows = Object.entries(d?.status_breakdown ?? {}).map(([status, count]): [string, number] => [statusLabel(status === 'None' ? null : status), count]);
  const overRows = (overTime.data ?? []).map((item): [string, number] => [item.period, item.count]);
  const successRows = (success.data ?? []).map((item): [string, number] => [item.period, item.success_rate]);
  const skillRows = (skills.data ?? []).map((item): [string, number] => [item.skill, item.count]);
  const stageRows = (stages.data ?? []).map((item): [string, number] => [eventTypeLabel(item.event_type), item.count]);
  const sourceRows = (d?.top_sources ?? []).map((item): [string, number] => [item.source, item.count]);

  return (
    <div className="page">
      <div className="page-header">
        <h1>Dashboard</h1>
      </div>
      {!d ? (
        <SkeletonList rows={4} height="6rem" label="Loading dashboard" />
      ) : (
        <>
          <div className="tiles">
            <Tile label="Applications" value={d.total_applications} />
            <Tile label="Last 30 days" value={d.applications_last_30_days} />
            <Tile label="Success rate" value={`${d.success_rate}%`} />
            <Tile label="Response rate" value={`${d.response_rate}%`} />
            <Tile label="Avg. days in pipeline" value={d.average_days_in_pipeline} />
            <Tile label="Avg. days to a response" value={response.data?.average_days ?? '…'} />
          </div>
          {d.total_applications === 0 && (
            <p className="alert alert-info">
              {ADD_FIRST} <Link to="/applications/new">Add an application</Link>
            </p>
          )}
          <div className="chart-grid">
            <ChartCard title="Status breakdown" columns={['Status', 'Applications']} rows={statusRows} empty={ADD_FIRST}>
              <BarList rows={statusRows} label="Applications per status" />
            </ChartCard>
            <ChartCard
              title="Applications over time"
              columns={['Period', 'Applications']}
              rows={overRows}
              empty={ADD_FIRST}
              actions={
                <select aria-label="Group by" value={period} onChange={(event) => setPeriod(event.target.value as Period)} className="period-select">
                  <option value="day">Day</option>
                  <option value="week">Week</option>
                  <option value="month">Month</option>
                </select>
              }
            >
              <Line labels={overRows.map(([label]) => label)} values={overRows.map(([, value]) => value)} seriesLabel="Applications" description={`Applications per ${period}, ${overRows.length} points`} />
            </ChartCard>
            <ChartCard title="Success rate by month (%)" columns={['Month', 'Success rate (%)']} rows={successRows} empty={ADD_FIRST}>
              <Line labels={successRows.map(([label]) => label)} values={successRows.map(([, value]) => value)} seriesLabel="Success rate" description="Share of offers and acceptances per month" />
            </ChartCard>
            <ChartCard title="Skills in demand" columns={['Skill', 'Applications']} rows={skillRows} empty="Add required skills to your applications to see which ones come up most.">
              <BarList rows={skillRows} label="Required skills by count" />
            </ChartCard>
            <ChartCard title="Interview stages" columns={['Event', 'Count']} rows={stageRows} empty="Add timeline events (phone screens, interviews) to an application to see your stages.">
              <BarList rows={stageRows} label="Timeline events by type" />
            </ChartCard>
            <ChartCard title="Sources" columns={['Source', 'Applications']} rows={sourceRows} empty={ADD_FIRST}>
              <BarList rows={sourceRows} label="Applications by source" />
            </ChartCard>
            <ChartCard
              title="Salary ranges"
              columns={['Measure', 'Amount']}
              rows={salary.data && salary.data.total_with_salary > 0 ? [
                ['Lowest', money.format(salary.data.lowest)], ['Average from', money.format(salary.data.average_min)],
                ['Average to', money.format(salary.data.average_max)], ['Highest', money.format(salary.data.highest)],
              ] : []}
              empty="Add a salary range to an application to compare offers here."
            >
              {salary.data && (
                <BarList label="Salary figures" rows={[['Lowest', salary.data.lowest], ['Average from', salary.data.average_min], ['Average to', salary.data.average_max], ['Highest', salary.data.highest]]} />
              )}
            </ChartCard>
            <ChartCard
              title="Response times (days)"
              columns={['Measure', 'Days']}
              rows={response.data && response.data.total_responses > 0 ? [['Fastest', response.data.fastest], ['Average', response.data.average_days], ['Slowest', response.data.slowest]] : []}
              empty="Log a reply on an application's timeline to measure how fast companies answer."
            >
              {response.data && <BarList label="Response days" rows={[['Fastest', response.data.fastest], ['Average', response.data.average_days], ['Slowest', response.data.slowest]]} />}
            </ChartCard>
          </div>
        </>
      )}
    </div>
  );
}
