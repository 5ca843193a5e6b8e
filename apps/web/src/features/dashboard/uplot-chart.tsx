/** Draws a chart spec with uPlot, sized to its container and redrawn when the theme changes. This
 * module (and uPlot with it) is loaded lazily, only by dashboard charts that have data. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartSpec } from './chart-spec.js';
import { readChartTheme, useThemeVersion } from './chart-theme.js';
import { buildOptions } from './uplot-options.js';

export function UplotChart({ spec, height }: { spec: ChartSpec; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(120, Math.floor(element.clientWidth));
    const data: uPlot.AlignedData = [spec.values.map((_, index) => index), spec.values];
    const chart = new uPlot(buildOptions(spec, readChartTheme(element), { width: width(), height }), data, element);
    const resize = new ResizeObserver(() => {
      if (chart.width !== width()) chart.setSize({ width: width(), height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [spec, height, themeVersion]);

  return <div ref={box} className="uplot-box" style={{ height }} />;
}
