/** What a chart shows, independent of the library that draws it: categories with values, drawn
 * as bars (across or up) or as a line, or a step curve over numeric positions (days) with a band
 * around it. Bars may carry an interval each (drawn as a whisker). The same spec gives the
 * chart's text alternative. */

export type ChartSpec = {
  kind: 'bars' | 'line' | 'step';
  /** Bars along the vertical axis, labels on the left (long category names); otherwise up. */
  horizontal?: boolean;
  /** Short labels for the axis (bars, line); for a step curve, a label per point. */
  labels: string[];
  values: number[];
  /** One colour token per bar (CSS custom property names); the accent otherwise. */
  colors?: string[];
  /** The value axis's upper bound when it is fixed (percentages). */
  max?: number;
  /** How a value reads on the chart and in its text alternative. */
  format?: (value: number) => string;
  /** Bars: each value's interval (a 95% confidence interval), drawn as a whisker; null for none. */
  intervals?: ReadonlyArray<readonly [number, number] | null>;
  /** Step curve: the positions of the points (e.g. days), the band around the curve, how a
   * position reads, and a marked position (e.g. the median). */
  x?: number[];
  band?: { low: number[]; high: number[] };
  xFormat?: (value: number) => string;
  marker?: { x: number; label: string };
};

export const plainNumber = (value: number) => value.toLocaleString();
export const percent = (value: number) => `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

function withInterval(spec: ChartSpec, index: number, text: string): string {
  const interval = spec.intervals?.[index];
  if (!interval) return text;
  const format = spec.format ?? plainNumber;
  return `${text} (95% interval ${format(interval[0])} to ${format(interval[1])})`;
}

function describeStep(title: string, spec: ChartSpec): string {
  const format = spec.format ?? plainNumber;
  const xFormat = spec.xFormat ?? plainNumber;
  const x = spec.x ?? spec.values.map((_, index) => index);
  const last = spec.values.length - 1;
  if (last < 0) return `Step chart of ${title}: no points.`;
  const marker = spec.marker ? ` ${spec.marker.label}.` : '';
  return `Step chart of ${title}: ${format(spec.values[0] ?? 0)} at ${xFormat(x[0] ?? 0)}, ${format(spec.values[last] ?? 0)} at ${xFormat(x[last] ?? 0)}.${marker} Use “View as table” for every value.`;
}

/** "Applied: 3, Interview: 1" for screen readers: every value for short charts, else the first
 * and the most, pointing to the table for the rest. */
export function describeChart(title: string, spec: ChartSpec, fullLabels: string[] = spec.labels): string {
  if (spec.kind === 'step') return describeStep(title, spec);
  const format = spec.format ?? plainNumber;
  const pairs = spec.values.map((value, index) => withInterval(spec, index, `${fullLabels[index] ?? spec.labels[index]}: ${format(value)}`));
  const kind = spec.kind === 'line' ? 'Line chart' : 'Bar chart';
  if (pairs.length <= 12) return `${kind} of ${title}. ${pairs.join(', ')}.`;
  const top = Math.max(...spec.values);
  const topIndex = spec.values.indexOf(top);
  return `${kind} of ${title}, ${pairs.length} points from ${fullLabels[0]} to ${fullLabels[pairs.length - 1]}; highest ${fullLabels[topIndex]}: ${format(top)}. Use “View as table” for every value.`;
}
