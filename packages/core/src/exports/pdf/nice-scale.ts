/** Axis scale for the charts: a round top value and step (1, 2 or 5 times a power of ten). */
export type AxisScale = { top: number; step: number };

/** At most `maxTicks` steps from 0 to a top value >= max; counts are whole, so the step is >= 1. */
export function niceScale(max: number, maxTicks = 5): AxisScale {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = Math.max(1, max / maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}
