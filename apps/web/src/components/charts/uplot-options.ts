/** Turns a bar or line chart spec into uPlot options: categories on one axis (by index), values
 * on the other, value labels drawn at the bar ends or points so nobody has to hover to read a
 * number, and each bar's interval drawn as a whisker. */
import uPlot from 'uplot';
import type { ChartSpec } from './chart-spec.js';
import { plainNumber } from './chart-spec.js';
import type { ChartTheme } from './chart-theme.js';

/** Round numbers for axis bounds and tick spacing: 1, 2, 2.5, 3, 4, 5, 6, 8 times powers of ten. */
const COUNT_STEPS = [1, 10, 100, 1_000, 10_000, 100_000].flatMap((power) => [1, 2, 2.5, 3, 4, 5, 6, 8].map((step) => step * power)).filter(Number.isInteger);
/** Percentages (a fixed axis to 100) tick at round shares. */
const PERCENT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const LABEL_MAX = 18;

const shorten = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

function textWidth(text: string, font: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}

/** A round upper bound at or above the largest value (value labels sit in the padding). */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  return COUNT_STEPS.find((step) => step >= max) ?? Math.ceil(max);
}

export function buildOptions(spec: ChartSpec, theme: ChartTheme, size: { width: number; height: number }): uPlot.Options {
  const horizontal = spec.kind === 'bars' && spec.horizontal === true;
  const format = spec.format ?? plainNumber;
  const labels = spec.labels.map(shorten);
  const count = spec.values.length;
  const colors = spec.colors?.map(theme.color) ?? [];
  // The value axis reaches the longest whisker, too.
  const highest = Math.max(0, ...spec.values, ...(spec.intervals ?? []).map((interval) => interval?.[1] ?? 0));
  const categoryAxisSize = horizontal ? Math.ceil(Math.max(40, ...labels.map((label) => textWidth(label, theme.font)))) + 14 : 34;
  const valueAxisSize = Math.ceil(Math.max(28, textWidth(format(spec.max ?? niceMax(highest)), theme.font))) + 14;

  const bars = uPlot.paths.bars!({
    size: [0.62, horizontal ? 26 : 56],
    radius: 0.15,
    ...(colors.length > 0 ? { disp: { fill: { unit: 3 as uPlot.Series.BarsPathBuilderFacetUnit, values: () => colors } } } : {}),
  });

  return {
    width: size.width,
    height: size.height,
    // Room for the value labels beyond the largest bar or point.
    padding: horizontal ? [8, 44, 0, 4] : [22, 12, 0, 4],
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false, ori: horizontal ? 1 : 0, dir: horizontal ? -1 : 1, range: () => [-0.5, Math.max(count, 1) - 0.5] },
      y: { ori: horizontal ? 0 : 1, dir: 1, range: (_u, _min, max) => [0, spec.max ?? niceMax(Math.max(max, highest))] },
    },
    series: [
      {},
      spec.kind === 'line'
        ? { stroke: theme.accent, width: 2.5, paths: uPlot.paths.linear!(), points: { show: true, size: 8, width: 2, stroke: theme.accent, fill: theme.surface } }
        : { fill: theme.accent, stroke: theme.accent, width: 0, paths: bars, points: { show: false } },
    ],
    axes: [
      {
        side: horizontal ? 3 : 2,
        scale: 'x',
        stroke: theme.muted,
        font: theme.font,
        size: categoryAxisSize,
        gap: 6,
        grid: { show: false },
        ticks: { show: false },
        // Only whole indices are categories; uPlot spreads them out when they would collide.
        incrs: horizontal ? [1] : [1, 2, 3, 4, 5, 6, 7, 10, 14, 20, 30, 50, 100],
        space: horizontal ? 8 : Math.max(36, ...labels.map((label) => textWidth(label, theme.font) + 10)),
        values: (_u, splits) => splits.map((index) => (Number.isInteger(index) ? labels[index] ?? '' : '')),
      },
      {
        side: horizontal ? 2 : 3,
        scale: 'y',
        stroke: theme.muted,
        font: theme.font,
        size: horizontal ? 28 : valueAxisSize,
        gap: 6,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { show: false },
        incrs: spec.max === 100 ? PERCENT_STEPS : COUNT_STEPS,
        space: horizontal ? 56 : 32,
        values: (_u, splits) => splits.map((value) => format(value)),
      },
    ],
    hooks: { draw: [(u) => drawValueLabels(u, spec, theme, horizontal, format)] },
  };
}

/** Each interval as a whisker across the bar's end: a line from low to high with short caps. */
function drawIntervals(u: uPlot, spec: ChartSpec, theme: ChartTheme, horizontal: boolean): void {
  if (!spec.intervals) return;
  const ratio = window.devicePixelRatio || 1;
  const ctx = u.ctx;
  const cap = 5 * ratio;
  ctx.save();
  ctx.strokeStyle = theme.text;
  ctx.lineWidth = 1.5 * ratio;
  spec.intervals.forEach((interval, index) => {
    if (!interval) return;
    const at = u.valToPos(index, 'x', true);
    const [from, to] = [u.valToPos(interval[0], 'y', true), u.valToPos(interval[1], 'y', true)];
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(from, at); ctx.lineTo(to, at);
      ctx.moveTo(from, at - cap); ctx.lineTo(from, at + cap);
      ctx.moveTo(to, at - cap); ctx.lineTo(to, at + cap);
    } else {
      ctx.moveTo(at, from); ctx.lineTo(at, to);
      ctx.moveTo(at - cap, from); ctx.lineTo(at + cap, from);
      ctx.moveTo(at - cap, to); ctx.lineTo(at + cap, to);
    }
    ctx.stroke();
  });
  ctx.restore();
}

/** The value at each bar end or point (beyond its whisker), unless the categories are too close
 * to fit them. */
function drawValueLabels(u: uPlot, spec: ChartSpec, theme: ChartTheme, horizontal: boolean, format: (value: number) => string): void {
  drawIntervals(u, spec, theme, horizontal);
  const ratio = window.devicePixelRatio || 1;
  const ctx = u.ctx;
  const step = spec.values.length > 1 ? Math.abs(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true)) : Infinity;
  const labelAt = (value: number, index: number) => Math.max(value, spec.intervals?.[index]?.[1] ?? value);
  ctx.save();
  ctx.font = theme.font.replace(/^(\d+)px/, (_match, px: string) => `600 ${Math.round(Number(px) * ratio)}px`);
  ctx.fillStyle = theme.text;
  if (horizontal) {
    if (step < 13 * ratio) return ctx.restore();
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    spec.values.forEach((value, index) => ctx.fillText(format(value), u.valToPos(labelAt(value, index), 'y', true) + 6 * ratio, u.valToPos(index, 'x', true)));
  } else {
    const widest = Math.max(...spec.values.map((value) => ctx.measureText(format(value)).width));
    if (step < widest + 4 * ratio) return ctx.restore();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    const lift = (spec.kind === 'line' ? 8 : 4) * ratio;
    spec.values.forEach((value, index) => ctx.fillText(format(value), u.valToPos(index, 'x', true), u.valToPos(labelAt(value, index), 'y', true) - lift));
  }
  ctx.restore();
}
