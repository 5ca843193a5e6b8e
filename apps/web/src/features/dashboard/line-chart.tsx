/** A line chart drawn by uPlot (about 23 KB gzipped), imported only by the dashboard's lazy
 * chunk. Colours come from the theme's CSS tokens. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

type Props = { labels: string[]; values: number[]; seriesLabel: string; description: string };

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#2257d6';
}

export function LineChart({ labels, values, seriesLabel, description }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const text = token('--text-muted');
    const grid = token('--border');
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
    const plot = new uPlot(
      {
        width: element.clientWidth || 600,
        height: 220,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false } },
        axes: [{ ...axis, values: (_u, splits) => splits.map((index) => labels[Math.round(index)] ?? '') }, { ...axis }],
        series: [{}, { label: seriesLabel, stroke: token('--accent'), width: 2, fill: `${token('--accent')}22`, points: { size: 6 } }],
      },
      [labels.map((_, index) => index), values],
      element,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: 220 }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [labels, values, seriesLabel]);
  return <div ref={container} className="line-chart" role="img" aria-label={description} />;
}
