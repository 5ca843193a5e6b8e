/** Panels about what the search asks for and gives back: skills in demand, interview stages,
 * salary ranges and how fast companies answer. */
import { useQuery } from '@tanstack/react-query';
import { eventTypeLabel } from '../../lib/statuses.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import { DataTable } from '../../components/charts/data-table.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';
import { RangeFigure } from '../../components/charts/range-figure.js';
import { RangeStrip } from '../../components/charts/range-strip.js';
import { CountBarsPanel } from './count-bars-panel.js';
import { responseTimeQuery, salaryQuery, skillsQuery, stagesQuery, type Analytics } from './dashboard-queries.js';

const RANGE_HEIGHT = 170;
/** Room for the 20 skills the API returns at most; the stages panel beside it matches. */
const BARS_HEIGHT = 320;

export function SkillsPanel() {
  const query = useQuery(skillsQuery);
  return (
    <CountBarsPanel<Analytics['skills']>
      title="Skills in demand"
      description="The required skills your applications ask for most"
      query={query}
      height={BARS_HEIGHT}
      isEmpty={(data) => data.length === 0}
      emptyText="Add required skills to your applications (under Requirements) to see which come up most."
      rows={(data) => data.map((row) => ({ label: row.skill, count: row.count }))}
      chartTitle="required skills"
      caption="Applications requiring each skill"
      columns={['Skill', 'Applications']}
    />
  );
}

export function StagesPanel() {
  const query = useQuery(stagesQuery);
  return (
    <CountBarsPanel<Analytics['timeline']>
      title="Interview stages"
      description="Timeline events recorded, by type"
      query={query}
      height={BARS_HEIGHT}
      isEmpty={(data) => data.length === 0}
      emptyText="Record phone screens, interviews and offers on an application's timeline to see how far you get."
      rows={(data) => data.map((row) => ({ label: eventTypeLabel(row.event_type), count: row.count }))}
      chartTitle="timeline events by type"
      caption="Timeline events by type"
      columns={['Event type', 'Events']}
    />
  );
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
        <RangeFigure
          height={RANGE_HEIGHT}
          headline={`${moneyShort.format(data.average_min)} – ${moneyShort.format(data.average_max)}`}
          context={`average range, from ${data.total_with_salary} ${data.total_with_salary === 1 ? 'job' : 'jobs'}`}
        >
          <RangeStrip
            label={`Salaries from ${money.format(data.lowest)} to ${money.format(data.highest)}; the average range is ${money.format(data.average_min)} to ${money.format(data.average_max)}, over ${data.total_with_salary} jobs.`}
            min={Math.min(data.lowest, data.average_min)}
            max={Math.max(data.highest, data.average_max)}
            band={[data.average_min, data.average_max]}
            format={(value) => moneyShort.format(value)}
            ends={['lowest', 'highest']}
            middle="average range"
          />
        </RangeFigure>
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
        <RangeFigure
          height={RANGE_HEIGHT}
          headline={days(data.average_days)}
          context={`on average, over ${data.total_responses} ${data.total_responses === 1 ? 'response' : 'responses'}`}
        >
          <RangeStrip
            label={`Responses came after ${days(data.fastest)} at the fastest and ${days(data.slowest)} at the slowest; ${days(data.average_days)} on average.`}
            min={data.fastest}
            max={data.slowest}
            marker={data.average_days}
            format={days}
            ends={['fastest', 'slowest']}
            middle={`average ${days(data.average_days)}`}
          />
        </RangeFigure>
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
