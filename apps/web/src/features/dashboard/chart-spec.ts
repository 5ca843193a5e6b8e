/** What a chart shows, independent of the library that draws it: categories with values, drawn
 * as bars (across or up) or as a line. The same spec gives the chart's text alternative. */

export type ChartSpec = {
  kind: 'bars' | 'line';
  /** Bars along the vertical axis, labels on the left (long category names); otherwise up. */
  horizontal?: boolean;
  /** Short labels for the axis. */
  labels: string[];
  values: number[];
  /** One colour token per bar (CSS custom property names); the accent otherwise. */
  colors?: string[];
  /** The value axis's upper bound when it is fixed (percentages). */
  max?: number;
  /** How a value reads on the chart and in its text alternative. */
  format?: (value: number) => string;
};

export const plainNumber = (value: number) => value.toLocaleString();
export const percent = (value: number) => `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

/** "Applied: 3, Interview: 1" for screen readers: every value for short charts, else the first
 * and the most, pointing to the table for the rest. */
export function describeChart(title: string, spec: ChartSpec, fullLabels: string[] = spec.labels): string {
  const format = spec.format ?? plainNumber;
  const pairs = spec.values.map((value, index) => `${fullLabels[index] ?? spec.labels[index]}: ${format(value)}`);
  const kind = spec.kind === 'line' ? 'Line chart' : 'Bar chart';
  if (pairs.length <= 12) return `${kind} of ${title}. ${pairs.join(', ')}.`;
  const top = Math.max(...spec.values);
  const topIndex = spec.values.indexOf(top);
  return `${kind} of ${title}, ${pairs.length} points from ${fullLabels[0]} to ${fullLabels[pairs.length - 1]}; highest ${fullLabels[topIndex]}: ${format(top)}. Use “View as table” for every value.`;
}
