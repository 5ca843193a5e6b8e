/** The funnel from the timeline: how far sent applications got, the response, interview and offer
 * rates with their 95% intervals drawn, how they stand now (no response apart from rejections),
 * and the same rates compared by source, resume version or month. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import { percent, type ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { SegmentedSwitch } from '../../components/charts/segmented-switch.js';
import { statusLabel } from '../../lib/statuses.js';
import { funnelQuery, type Insights, type Rate } from './insights-queries.js';
import type { Group, Metric } from './insights-search.js';
import { intervalText, percentBar, percentOf, rateText, TOO_FEW } from './rate-text.js';

type Funnel = Insights['funnel'];
type Summary = Funnel['overall'];

const FIGURE_HEIGHT = 190;
const RATE_NAMES: Record<Metric, string> = { response: 'Response', interview: 'Interview', offer: 'Offer' };
const OUTCOMES: Array<[keyof Summary['outcomes'], string]> = [
  ['open', 'Open'], ['offer', 'Offer'], ['accepted', 'Accepted'], ['rejected', 'Rejected'], ['withdrawn', 'Withdrawn'], ['no_response', 'No response'],
];

function rateSpec(labels: string[], rates: Rate[]): ChartSpec {
  const bars = rates.map(percentBar);
  return { kind: 'bars', horizontal: true, labels, values: bars.map((bar) => bar.value), intervals: bars.map((bar) => bar.interval), max: 100, format: percent };
}

function TooFewNote({ sent, min }: { sent: number; min: number }) {
  if (sent >= min) return null;
  return (
    <p className="alert alert-info small">
      {sent} sent {sent === 1 ? 'application' : 'applications'}: {TOO_FEW}. With fewer than {min}, a rate can be far from the truth; the
      bars show how far (the 95% interval).
    </p>
  );
}

function FunnelFigures({ funnel }: { funnel: Funnel }) {
  const { overall } = funnel;
  const stages = useMemo<ChartSpec>(
    () => ({ kind: 'bars', horizontal: true, labels: overall.stages.map((row) => statusLabel(row.stage)), values: overall.stages.map((row) => row.reached) }),
    [overall],
  );
  const rates = useMemo(() => rateSpec(['Response', 'Interview', 'Offer'], [overall.response, overall.interview, overall.offer]), [overall]);
  return (
    <div className="stack">
      <TooFewNote sent={overall.sent} min={funnel.min_sample_size} />
      <div className="figure-pair">
        <figure className="figure">
          <figcaption className="small muted">Reached at least this stage (of {overall.sent} sent)</figcaption>
          <ChartFigure title="furthest stage reached" spec={stages} height={FIGURE_HEIGHT} />
        </figure>
        <figure className="figure">
          <figcaption className="small muted">Rates with their 95% intervals</figcaption>
          <ChartFigure title="response, interview and offer rates" spec={rates} height={FIGURE_HEIGHT} />
        </figure>
      </div>
      <Outcomes summary={overall} />
    </div>
  );
}

function Outcomes({ summary }: { summary: Summary }) {
  return (
    <dl className="outcome-list" aria-label="How they stand now">
      {OUTCOMES.map(([key, label]) => (
        <div key={key} className={`outcome outcome-${key}`}>
          <dt>{label}</dt>
          <dd>{summary.outcomes[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

function FunnelTables({ funnel }: { funnel: Funnel }) {
  const { overall } = funnel;
  return (
    <div className="stack">
      <DataTable
        caption="Furthest stage reached and conversion from the stage before"
        columns={[{ label: 'Stage' }, { label: 'Reached', numeric: true }, { label: 'Conversion', numeric: true }, { label: '95% interval' }, { label: 'Note' }]}
        rows={overall.stages.map((row) => [
          statusLabel(row.stage),
          row.reached,
          row.conversion ? percentOf(row.conversion.rate) : '—',
          row.conversion ? intervalText(row.conversion) : '—',
          row.conversion?.too_few ? TOO_FEW : '',
        ])}
      />
      <DataTable
        caption="Rates"
        columns={[{ label: 'Rate' }, { label: 'Applications', numeric: true }, { label: 'Of', numeric: true }, { label: 'Rate', numeric: true }, { label: '95% interval' }, { label: 'Note' }]}
        rows={(['response', 'interview', 'offer'] as const).map((key) => {
          const rate = overall[key];
          return [RATE_NAMES[key], rate.count, rate.total, percentOf(rate.rate), intervalText(rate), rate.too_few ? TOO_FEW : ''];
        })}
      />
      <DataTable caption="How they stand now" columns={[{ label: 'Outcome' }, { label: 'Applications', numeric: true }]} rows={OUTCOMES.map(([key, label]) => [label, overall.outcomes[key]])} />
    </div>
  );
}

export function FunnelPanel() {
  const query = useQuery(funnelQuery);
  return (
    <ChartPanel<Funnel>
      title="How far applications get"
      description="The furthest stage each sent application reached (from its history), and its rates with 95% intervals"
      query={query}
      height={FIGURE_HEIGHT + 120}
      wide
      isEmpty={(data) => data.overall.sent === 0}
      empty={<EmptyHint text="Once you have sent applications, this shows how far they get, and how sure each rate is." />}
      chart={(data) => <FunnelFigures funnel={data} />}
      table={(data) => <FunnelTables funnel={data} />}
    />
  );
}

const GROUP_OPTIONS = [
  { value: 'source', label: 'Source' },
  { value: 'resume', label: 'Resume version' },
  { value: 'month', label: 'Month' },
] as const;
const METRIC_OPTIONS = (['response', 'interview', 'offer'] as const).map((value) => ({ value, label: RATE_NAMES[value] }));
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

function groupName(group: Group, key: string | null): string {
  if (key === null) return group === 'resume' ? 'No version recorded' : 'No source recorded';
  if (group !== 'month') return key;
  const [year, month] = key.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}

function groupsOf(funnel: Funnel, group: Group) {
  return group === 'source' ? funnel.by_source : group === 'resume' ? funnel.by_resume_version : funnel.by_month;
}

function CompareChart({ funnel, group, metric }: { funnel: Funnel; group: Group; metric: Metric }) {
  const groups = groupsOf(funnel, group);
  const spec = useMemo(() => rateSpec(groups.map((row) => `${groupName(group, row.key)} (${row.sent})`), groups.map((row) => row[metric])), [groups, group, metric]);
  const height = Math.max(150, groups.length * 30 + 40);
  return <ChartFigure title={`${RATE_NAMES[metric].toLowerCase()} rate by ${group === 'resume' ? 'resume version' : group}`} spec={spec} height={height} />;
}

export function ComparePanel({ group, metric, onGroup, onMetric }: { group: Group; metric: Metric; onGroup: (group: Group) => void; onMetric: (metric: Metric) => void }) {
  const query = useQuery(funnelQuery);
  return (
    <ChartPanel<Funnel>
      title="What works"
      description="A rate for each source, resume version or month of sending (in brackets: applications sent), with its 95% interval"
      query={query}
      height={220}
      wide
      controls={
        <div className="row">
          <SegmentedSwitch legend="Compare by" options={GROUP_OPTIONS} value={group} onChange={onGroup} />
          <SegmentedSwitch legend="Rate" options={METRIC_OPTIONS} value={metric} onChange={onMetric} />
        </div>
      }
      isEmpty={(data) => data.overall.sent === 0}
      empty={<EmptyHint text="Record where you found each job (the source) and which resume you sent, and this compares what works." />}
      chart={(data) => <CompareChart funnel={data} group={group} metric={metric} />}
      table={(data) => (
        <DataTable
          caption={`${RATE_NAMES[metric]} rate by ${group === 'resume' ? 'resume version' : group}`}
          columns={[{ label: group === 'resume' ? 'Resume version' : group === 'month' ? 'Month' : 'Source' }, { label: 'Sent', numeric: true }, { label: RATE_NAMES[metric], numeric: true }, { label: '95% interval' }, { label: 'In words' }]}
          rows={groupsOf(data, group).map((row) => [groupName(group, row.key), row.sent, percentOf(row[metric].rate), intervalText(row[metric]), rateText(row[metric])])}
        />
      )}
    />
  );
}
