/** The weekly goal: this week's progress, the streak and the recent weeks; and from the user's own
 * rates, how many more applications the next interview and offer may take. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import type { ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { formatCalendarDay } from '../../lib/time.js';
import { goalsQuery, type Insights } from './insights-queries.js';
import { rateText } from './rate-text.js';

type Goals = Insights['goals'];

const HEIGHT = 170;

function Progress({ goals }: { goals: Goals }) {
  const { this_week: week, weekly_goal: goal } = goals;
  if (goal === 0) {
    return (
      <p className="muted">
        No weekly goal yet: {week.count} sent this week. Set a goal under Settings below to follow your progress and streak.
      </p>
    );
  }
  return (
    <div className="goal-progress">
      <p className="range-headline-small">
        {week.count} of {goal} this week{week.remaining ? `: ${week.remaining} to go` : ': goal reached'}
      </p>
      <progress max={goal} value={Math.min(week.count, goal)} aria-label={`${week.count} of ${goal} applications this week`} />
      <p className="small muted">
        Streak: {goals.streak_weeks} {goals.streak_weeks === 1 ? 'week' : 'weeks'} reaching the goal.
      </p>
    </div>
  );
}

function Forecasts({ goals }: { goals: Goals }) {
  return (
    <ul className="forecast-list">
      {(['interview', 'offer'] as const).map((target) => (
        <li key={target}>
          <strong>Next {target}:</strong> {goals.forecast[target].sentence}
        </li>
      ))}
    </ul>
  );
}

function WeeksChart({ goals }: { goals: Goals }) {
  const spec = useMemo<ChartSpec>(
    () => ({ kind: 'bars', labels: goals.recent_weeks.map((week) => formatCalendarDay(week.week_start)), values: goals.recent_weeks.map((week) => week.count) }),
    [goals],
  );
  return <ChartFigure title="applications sent per week, weeks starting on Monday" spec={spec} height={HEIGHT} />;
}

export function GoalsPanel() {
  const query = useQuery(goalsQuery);
  return (
    <ChartPanel<Goals>
      title="Goals and forecast"
      description="Applications sent per week (Monday to Sunday), and what your own rates say about the next steps"
      query={query}
      height={HEIGHT + 140}
      isEmpty={() => false}
      empty={null}
      chart={(data) => (
        <div className="stack">
          <Progress goals={data} />
          <WeeksChart goals={data} />
          <Forecasts goals={data} />
        </div>
      )}
      table={(data) => (
        <div className="stack">
          <Progress goals={data} />
          <DataTable
            caption="Applications per week"
            columns={[{ label: 'Week starting' }, { label: 'Applications', numeric: true }, { label: 'Goal reached' }]}
            rows={data.recent_weeks.map((week) => [formatCalendarDay(week.week_start), week.count, week.met === null ? '—' : week.met ? 'yes' : 'no'])}
          />
          <DataTable
            caption="Forecast"
            columns={[{ label: 'Next' }, { label: 'Applications likely needed', numeric: true }, { label: 'Range' }, { label: 'Rate it rests on' }]}
            rows={(['interview', 'offer'] as const).map((target) => {
              const item = data.forecast[target];
              const range = item.low === null ? '—' : item.high === null ? `at least ${item.low}` : `${item.low} to ${item.high}`;
              return [target, item.expected ?? '—', range, rateText(item.rate)];
            })}
          />
          <Forecasts goals={data} />
        </div>
      )}
    />
  );
}
