/** Day / week / month for "applications over time". */
import { SegmentedSwitch } from '../../components/charts/segmented-switch.js';
import { PERIODS, type Period } from './dashboard-search.js';

const OPTIONS = PERIODS.map((period) => ({ value: period, label: { day: 'Day', week: 'Week', month: 'Month' }[period] }));

export function PeriodSwitch({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  return <SegmentedSwitch legend="Group by" options={OPTIONS} value={value} onChange={onChange} />;
}
