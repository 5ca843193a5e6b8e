/** Day / week / month for "applications over time": a radio group that looks like a segmented
 * button, so arrow keys move between the choices as people expect. */
import { useId } from 'react';
import { PERIODS, type Period } from './dashboard-search.js';

const LABELS: Record<Period, string> = { day: 'Day', week: 'Week', month: 'Month' };

export function PeriodSwitch({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Group by</legend>
      {PERIODS.map((period) => (
        <label key={period} className={period === value ? 'is-checked' : undefined}>
          <input type="radio" name={name} value={period} checked={period === value} onChange={() => onChange(period)} />
          {LABELS[period]}
        </label>
      ))}
    </fieldset>
  );
}
