/** The skills gap: requested skills missing from the profile (weighted by how far each
 * application went), and skills more common in applications that got an answer than in those
 * that did not, both shares with their 95% intervals and sample sizes. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import type { ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { skillsGapQuery, type Insights, type Rate } from './insights-queries.js';
import { intervalText, percentOf, TOO_FEW } from './rate-text.js';

type SkillsGap = Insights['skillsGap'];
type Signal = SkillsGap['over_represented'][number];

const MISSING_SHOWN = 12;

function MissingChart({ data }: { data: SkillsGap }) {
  const shown = data.missing.slice(0, MISSING_SHOWN);
  const spec = useMemo<ChartSpec>(
    () => ({ kind: 'bars', horizontal: true, labels: shown.map((item) => `${item.skill} (${item.applications})`), values: shown.map((item) => item.weight) }),
    [shown],
  );
  if (shown.length === 0) return <p className="muted small">Every skill your applications ask for is in your profile.</p>;
  return <ChartFigure title="requested skills missing from your profile, by weight" spec={spec} height={Math.max(120, shown.length * 26 + 30)} />;
}

/** One share as an interval on a 0–100% track, with a dot at the rate. */
function Interval({ rate, tone }: { rate: Rate; tone: 'answered' | 'unanswered' }) {
  if (rate.rate === null || rate.low === null || rate.high === null) return <span className="dumbbell-track" />;
  return (
    <span className="dumbbell-track">
      <span className={`dumbbell-range dumbbell-${tone}`} style={{ left: `${rate.low * 100}%`, width: `${Math.max(0.8, (rate.high - rate.low) * 100)}%` }} />
      <span className={`dumbbell-dot dumbbell-${tone}`} style={{ left: `${rate.rate * 100}%` }} />
    </span>
  );
}

const shareWords = (rate: Rate, of: string) => `${percentOf(rate.rate)} of ${rate.total} ${of} (95% interval ${intervalText(rate)})`;

function SignalRow({ item }: { item: Signal }) {
  const label = `${item.skill}: asked for by ${shareWords(item.in_responded, 'answered')}, and by ${shareWords(item.in_not_responded, 'unanswered')}${item.too_few ? `; ${TOO_FEW}` : ''}.`;
  return (
    <li>
      <div className="dumbbell" role="img" aria-label={label}>
        <span className="dumbbell-label">
          {item.skill}
          {item.too_few && <span className="small muted"> ({TOO_FEW})</span>}
        </span>
        <span className="dumbbell-tracks">
          <Interval rate={item.in_responded} tone="answered" />
          <Interval rate={item.in_not_responded} tone="unanswered" />
        </span>
      </div>
    </li>
  );
}

function Figures({ data }: { data: SkillsGap }) {
  return (
    <div className="figure-pair">
      <figure className="figure">
        <figcaption className="small muted">Missing from your profile (in brackets: applications asking; weight grows with how far each got)</figcaption>
        <MissingChart data={data} />
      </figure>
      <figure className="figure">
        <figcaption className="small muted">
          More common where employers answered ({data.responded} answered, {data.not_responded} unanswered). Each line: the 95% interval of
          the share; <span className="legend-answered">answered</span> above, <span className="legend-unanswered">unanswered</span> below.
        </figcaption>
        {data.over_represented.length === 0 ? (
          <p className="muted small">No skill stands out yet between answered and unanswered applications.</p>
        ) : (
          <>
            <ul className="dumbbells">
              {data.over_represented.slice(0, 8).map((item) => (
                <SignalRow key={item.skill} item={item} />
              ))}
            </ul>
            <p className="dumbbell-scale small muted" aria-hidden="true">
              <span>0%</span>
              <span>50%</span>
              <span>100%</span>
            </p>
          </>
        )}
      </figure>
    </div>
  );
}

export function SkillsGapPanel() {
  const query = useQuery(skillsGapQuery);
  return (
    <ChartPanel<SkillsGap>
      title="Skills gap"
      description="What your applications ask for that your profile lacks, and what the answered ones asked for more often"
      query={query}
      height={260}
      wide
      isEmpty={(data) => data.missing.length === 0 && data.over_represented.length === 0}
      empty={<EmptyHint text="Add required and preferred skills to your applications (and yours to your profile): this shows which ones you lack and which seem to help." />}
      chart={(data) => <Figures data={data} />}
      table={(data) => (
        <div className="stack">
          <DataTable
            caption="Requested skills missing from your profile"
            columns={[{ label: 'Skill' }, { label: 'Weight', numeric: true }, { label: 'Applications asking', numeric: true }]}
            rows={data.missing.map((item) => [item.skill, item.weight, item.applications])}
          />
          <DataTable
            caption="Skills in answered and unanswered applications"
            columns={[{ label: 'Skill' }, { label: 'Answered asking', numeric: true }, { label: '95% interval' }, { label: 'Unanswered asking', numeric: true }, { label: '95% interval' }, { label: 'Note' }]}
            rows={data.over_represented.map((item) => [
              item.skill,
              `${item.in_responded.count} of ${item.in_responded.total} (${percentOf(item.in_responded.rate)})`,
              intervalText(item.in_responded),
              `${item.in_not_responded.count} of ${item.in_not_responded.total} (${percentOf(item.in_not_responded.rate)})`,
              intervalText(item.in_not_responded),
              item.too_few ? TOO_FEW : '',
            ])}
          />
        </div>
      )}
    />
  );
}
