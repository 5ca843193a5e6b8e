/** A choice among a few views (day / week / month, by source / by month…): a radio group that
 * looks like a segmented button, so arrow keys move between the choices as people expect. */
import { useId } from 'react';
import './charts.css';

export type SegmentedOption<T extends string> = { value: T; label: string };

export function SegmentedSwitch<T extends string>({ legend, options, value, onChange }: { legend: string; options: ReadonlyArray<SegmentedOption<T>>; value: T; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'is-checked' : undefined}>
          <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
