/** A chart as an image with a text alternative: the canvas is drawn by the lazily loaded chart
 * module, with a placeholder of the same size while it loads. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '../skeleton.js';
import { describeChart, type ChartSpec } from './chart-spec.js';

const UplotChart = lazy(() => import('./uplot-chart.js').then((module) => ({ default: module.UplotChart })));

type Props = { title: string; spec: ChartSpec; height: number; fullLabels?: string[] };

export function ChartFigure({ title, spec, height, fullLabels }: Props) {
  return (
    <div role="img" aria-label={describeChart(title, spec, fullLabels)} className="chart-figure" style={{ height }}>
      <Suspense fallback={<Skeleton height={`${height}px`} />}>
        <UplotChart spec={spec} height={height} />
      </Suspense>
    </div>
  );
}
