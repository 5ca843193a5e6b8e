/** Draws a chart spec with uPlot, sized to its container and redrawn when the theme changes. This
 * module (and uPlot with it) is loaded lazily, only by charts that have data. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartSpec } from './chart-spec.js';
import { readChartTheme, useThemeVersion } from './chart-theme.js';
import { buildOptions } from './uplot-options.js';
import { buildStepOptions, stepData } from './uplot-step-options.js';

export function UplotChart({ spec, height }: { spec: ChartSpec; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(120, Math.floor(element.clientWidth));
    const theme = readChartTheme(element);
    const size = { width: width(), height };
    const chart =
      spec.kind === 'step'
        ? new uPlot(buildStepOptions(spec, theme, size), stepData(spec), element)
        : new uPlot(buildOptions(spec, theme, size), [spec.values.map((_, index) => index), spec.values], element);
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
