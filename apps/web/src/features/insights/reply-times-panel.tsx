/** Time to a reply: the Kaplan–Meier curve of the share still waiting, day by day, with its 95%
 * band and the median marked. Applications still waiting count as "not yet", not as "never". */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import { percent, type ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { replyTimesQuery, type Insights } from './insights-queries.js';
import { percentOf, TOO_FEW } from './rate-text.js';

type ReplyTimes = Insights['replyTimes'];

const HEIGHT = 240;
const days = (value: number) => `${value} ${value === 1 ? 'day' : 'days'}`;

/** The headline: the median with its interval, or why there is none. */
export function medianSentence(data: ReplyTimes): string {
  const { median } = data;
  if (median.days === null) return `Fewer than half of your ${data.total} sent applications have had a reply so far.`;
  const interval =
    median.low === null ? '' : median.high === null ? ` (95% interval: at least ${days(median.low)})` : ` (95% interval: ${days(median.low)} to ${days(median.high)})`;
  return `Half of your applications had a reply within ${days(median.days)}${interval}.`;
}

function ReplyCurve({ data }: { data: ReplyTimes }) {
  const spec = useMemo<ChartSpec>(() => {
    // The curve starts at day 0 with everyone still waiting.
    const steps = data.steps;
    return {
      kind: 'step',
      labels: ['day 0', ...steps.map((step) => `day ${step.day}`)],
      x: [0, ...steps.map((step) => step.day)],
      values: [100, ...steps.map((step) => step.survival * 100)],
      band: { low: [100, ...steps.map((step) => step.low * 100)], high: [100, ...steps.map((step) => step.high * 100)] },
      max: 100,
      format: percent,
      xFormat: (value) => `day ${value}`,
      ...(data.median.days === null ? {} : { marker: { x: data.median.days, label: `half replied by day ${data.median.days}` } }),
    };
  }, [data]);
  return (
    <div className="stack">
      <p className="range-headline-small">{medianSentence(data)}</p>
      <ChartFigure title="share of applications still waiting for a reply, by days since sending" spec={spec} height={HEIGHT} />
      <p className="small muted">
        Still waiting, in percent (the band: 95% interval). {data.replied} replied, {data.waiting} still waiting
        {data.unknown_time > 0 ? `, ${data.unknown_time} answered on an unknown day (not on the curve)` : ''}.
        {data.too_few ? ` ${data.total} applications: ${TOO_FEW}.` : ''}
      </p>
    </div>
  );
}

export function ReplyTimesPanel() {
  const query = useQuery(replyTimesQuery);
  return (
    <ChartPanel<ReplyTimes>
      title="Time to a reply"
      description="Days from sending to the first answer; applications still waiting count as not yet answered"
      query={query}
      height={HEIGHT + 80}
      isEmpty={(data) => data.total === 0}
      empty={<EmptyHint text="When employers answer, log it on the application's timeline (a screen, an interview, a rejection): this shows how long answers take." />}
      chart={(data) => <ReplyCurve data={data} />}
      table={(data) => (
        <div className="stack">
          <p>{medianSentence(data)}</p>
          <DataTable
            caption="Share still waiting for a reply, by day"
            columns={[{ label: 'Day' }, { label: 'Waiting at the start', numeric: true }, { label: 'Replies', numeric: true }, { label: 'Stopped waiting without one', numeric: true }, { label: 'Still waiting', numeric: true }, { label: '95% interval' }]}
            rows={data.steps.map((step) => [step.day, step.at_risk, step.events, step.censored, percentOf(step.survival), `${percentOf(step.low)} to ${percentOf(step.high)}`])}
          />
        </div>
      )}
    />
  );
}
