/** Turns a step chart spec into uPlot options: a right-continuous step curve over numeric
 * positions (a Kaplan–Meier curve over days), its interval band filled between two dashed edges,
 * and a marked position (the median) drawn as a labelled vertical line. */
import uPlot from 'uplot';
import { plainNumber, type ChartSpec } from './chart-spec.js';
import type { ChartTheme } from './chart-theme.js';

/** `#rgb` or `#rrggbb` with an alpha; other colour syntaxes get a neutral translucent fill. */
export function withAlpha(color: string, alpha: number): string {
  const hex = color.trim().replace('#', '');
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return `rgba(128, 128, 128, ${alpha})`;
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export function stepData(spec: ChartSpec): uPlot.AlignedData {
  const x = spec.x ?? spec.values.map((_, index) => index);
  return spec.band ? [x, spec.values, spec.band.low, spec.band.high] : [x, spec.values];
}

export function buildStepOptions(spec: ChartSpec, theme: ChartTheme, size: { width: number; height: number }): uPlot.Options {
  const format = spec.format ?? plainNumber;
  const xFormat = spec.xFormat ?? plainNumber;
  const x = spec.x ?? spec.values.map((_, index) => index);
  const lastX = Math.max(1, ...x);
  const stepped = uPlot.paths.stepped!({ align: 1 });
  const edge: uPlot.Series = { stroke: theme.accent, width: 1, dash: [4, 4], paths: stepped, points: { show: false } };
  return {
    width: size.width,
    height: size.height,
    // Room on the right for the last day's label, centred on the plot's edge.
    padding: [14, 30, 0, 4],
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false, range: () => [0, lastX] },
      y: { range: () => [0, spec.max ?? 1] },
    },
    series: [
      {},
      { stroke: theme.accent, width: 2.5, paths: stepped, points: { show: false } },
      ...(spec.band ? [edge, { ...edge }] : []),
    ],
    ...(spec.band ? { bands: [{ series: [3, 2] as [number, number], fill: withAlpha(theme.accent, 0.18) }] } : {}),
    axes: [
      {
        scale: 'x', stroke: theme.muted, font: theme.font, size: 34, gap: 6, grid: { show: false }, ticks: { show: false },
        space: 48, values: (_u, splits) => splits.map((value) => (Number.isInteger(value) ? xFormat(value) : '')),
      },
      {
        scale: 'y', stroke: theme.muted, font: theme.font, size: 48, gap: 6, grid: { stroke: theme.grid, width: 1 }, ticks: { show: false },
        space: 30, incrs: spec.max === 100 ? [10, 20, 25, 50] : undefined, values: (_u, splits) => splits.map((value) => format(value)),
      },
    ],
    hooks: { draw: [(u) => drawMarker(u, spec, theme)] },
  };
}

function drawMarker(u: uPlot, spec: ChartSpec, theme: ChartTheme): void {
  if (!spec.marker) return;
  const ratio = window.devicePixelRatio || 1;
  const ctx = u.ctx;
  const left = u.valToPos(spec.marker.x, 'x', true);
  const top = u.bbox.top;
  const bottom = u.bbox.top + u.bbox.height;
  ctx.save();
  ctx.strokeStyle = theme.text;
  ctx.lineWidth = 1.5 * ratio;
  ctx.setLineDash([2 * ratio, 3 * ratio]);
  ctx.beginPath();
  ctx.moveTo(left, top);
  ctx.lineTo(left, bottom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.font = theme.font.replace(/^(\d+)px/, (_match, px: string) => `600 ${Math.round(Number(px) * ratio)}px`);
  ctx.fillStyle = theme.text;
  // Right of the line at the top, where the falling curve has already gone below half; when
  // that would run off the plot, left of the line at the bottom, below the curve's early plateau.
  const width = ctx.measureText(spec.marker.label).width;
  const fitsRight = left + 6 * ratio + width < u.bbox.left + u.bbox.width;
  ctx.textAlign = fitsRight ? 'left' : 'right';
  ctx.textBaseline = fitsRight ? 'top' : 'bottom';
  ctx.fillText(spec.marker.label, fitsRight ? left + 6 * ratio : left - 6 * ratio, fitsRight ? top + 2 * ratio : bottom - 4 * ratio);
  ctx.restore();
}
