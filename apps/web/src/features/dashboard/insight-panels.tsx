/** Panels about what the search asks for and gives back: skills in demand, interview stages,
 * salary ranges and how fast companies answer. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { eventTypeLabel } from '../../lib/statuses.js';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import type { ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { responseTimeQuery, salaryQuery, skillsQuery, stagesQuery, type Analytics } from './dashboard-queries.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { RangeStrip } from '../../components/charts/range-strip.js';

const RANGE_HEIGHT = 170;
/** Room for the 20 skills the API returns at most; the stages panel beside it matches. */
const BARS_HEIGHT = 320;

export function SkillsPanel() {
  const query = useQuery(skillsQuery);
  return (
    <ChartPanel<Analytics['skills']>
      title="Skills in demand"
      description="The required skills your applications ask for most"
      query={query}
      height={BARS_HEIGHT}
      isEmpty={(data) => data.length === 0}
      empty={<EmptyHint text="Add required skills to your applications (under Requirements) to see which come up most." />}
      chart={(data) => <SkillsChart data={data} />}
      table={(data) => <DataTable caption="Applications requiring each skill" columns={[{ label: 'Skill' }, { label: 'Applications', numeric: true }]} rows={data.map((row) => [row.skill, row.count])} />}
    />
  );
}

export function StagesPanel() {
  const query = useQuery(stagesQuery);
  return (
    <ChartPanel<Analytics['timeline']>
      title="Interview stages"
      description="Timeline events recorded, by type"
      query={query}
      height={BARS_HEIGHT}
      isEmpty={(data) => data.length === 0}
      empty={<EmptyHint text="Record phone screens, interviews and offers on an application's timeline to see how far you get." />}
      chart={(data) => <StagesChart data={data} />}
      table={(data) => (
        <DataTable caption="Timeline events by type" columns={[{ label: 'Event type' }, { label: 'Events', numeric: true }]} rows={data.map((row) => [eventTypeLabel(row.event_type), row.count])} />
      )}
    />
  );
}

function SkillsChart({ data }: { data: Analytics['skills'] }) {
  const spec = useMemo<ChartSpec>(() => ({ kind: 'bars', horizontal: true, labels: data.map((row) => row.skill), values: data.map((row) => row.count) }), [data]);
  return <ChartFigure title="required skills" spec={spec} height={BARS_HEIGHT} />;
}

function StagesChart({ data }: { data: Analytics['timeline'] }) {
  const spec = useMemo<ChartSpec>(
    () => ({ kind: 'bars', horizontal: true, labels: data.map((row) => eventTypeLabel(row.event_type)), values: data.map((row) => row.count) }),
    [data],
  );
  return <ChartFigure title="timeline events by type" spec={spec} height={BARS_HEIGHT} />;
}

const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const moneyShort = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

export function SalaryPanel() {
  const query = useQuery(salaryQuery);
  return (
    <ChartPanel<Analytics['salary']>
      title="Salary ranges"
      description="Across jobs with a salary (currencies are not converted)"
      query={query}
      height={RANGE_HEIGHT}
      isEmpty={(data) => data.total_with_salary === 0}
      empty={<EmptyHint text="Add the salary range of a job when you know it, and this compares what is on offer." />}
      chart={(data) => (
        <div className="range-panel" style={{ minHeight: RANGE_HEIGHT }}>
          <p className="range-headline">
            {moneyShort.format(data.average_min)} – {moneyShort.format(data.average_max)}
            <span className="small muted"> average range, from {data.total_with_salary} {data.total_with_salary === 1 ? 'job' : 'jobs'}</span>
          </p>
          <RangeStrip
            label={`Salaries from ${money.format(data.lowest)} to ${money.format(data.highest)}; the average range is ${money.format(data.average_min)} to ${money.format(data.average_max)}, over ${data.total_with_salary} jobs.`}
            min={Math.min(data.lowest, data.average_min)}
            max={Math.max(data.highest, data.average_max)}
            band={[data.average_min, data.average_max]}
            format={(value) => moneyShort.format(value)}
            ends={['lowest', 'highest']}
            middle="average range"
          />
        </div>
      )}
      table={(data) => (
        <DataTable
          caption="Salary figures"
          columns={[{ label: 'Figure' }, { label: 'Amount', numeric: true }]}
          rows={[
            ['Lowest minimum', money.format(data.lowest)],
            ['Average minimum', money.format(data.average_min)],
            ['Average maximum', money.format(data.average_max)],
            ['Highest maximum', money.format(data.highest)],
            ['Jobs with a salary', data.total_with_salary],
          ]}
        />
      )}
    />
  );
}

const days = (value: number) => `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${value === 1 ? 'day' : 'days'}`;

export function ResponseTimePanel() {
  const query = useQuery(responseTimeQuery);
  return (
    <ChartPanel<Analytics['responseTime']>
      title="Response times"
      description="Days from applying to the next event on the timeline"
      query={query}
      height={RANGE_HEIGHT}
      isEmpty={(data) => data.total_responses === 0}
      empty={<EmptyHint text="When a company answers, add the event (screen, interview, rejection) to the application's timeline: this measures how long it took." />}
      chart={(data) => (
        <div className="range-panel" style={{ minHeight: RANGE_HEIGHT }}>
          <p className="range-headline">
            {days(data.average_days)}
            <span className="small muted"> on average, over {data.total_responses} {data.total_responses === 1 ? 'response' : 'responses'}</span>
          </p>
          <RangeStrip
            label={`Responses came after ${days(data.fastest)} at the fastest and ${days(data.slowest)} at the slowest; ${days(data.average_days)} on average.`}
            min={data.fastest}
            max={data.slowest}
            marker={data.average_days}
            format={days}
            ends={['fastest', 'slowest']}
            middle={`average ${days(data.average_days)}`}
          />
        </div>
      )}
      table={(data) => (
        <DataTable
          caption="Response times"
          columns={[{ label: 'Figure' }, { label: 'Days', numeric: true }]}
          rows={[
            ['Fastest', data.fastest],
            ['Average', data.average_days],
            ['Slowest', data.slowest],
            ['Responses counted', data.total_responses],
          ]}
        />
      )}
    />
  );
}
