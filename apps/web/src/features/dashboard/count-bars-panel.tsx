/** The dashboard's panels that count applications or events per category (status, skill, stage):
 * horizontal bars, and the same counts as a two-column table. */
import { useMemo } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure.js';
import { ChartPanel } from '../../components/charts/chart-panel.js';
import type { ChartSpec } from '../../components/charts/chart-spec.js';
import { DataTable } from '../../components/charts/data-table.js';
import { EmptyHint } from '../../components/charts/empty-hint.js';

/** One bar; `color` is a colour token (the accent when absent). */
export type CountRow = { label: string; count: number; color?: string };

type Props<T> = {
  title: string;
  description: string;
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  height: number;
  isEmpty: (data: T) => boolean;
  /** What to do to see figures here. */
  emptyText: string;
  rows: (data: T) => CountRow[];
  /** The chart's name in its text alternative, e.g. "applications per status". */
  chartTitle: string;
  caption: string;
  /** The table's headings: the category, then what is counted. */
  columns: [string, string];
};

export function CountBarsPanel<T>({ title, description, query, height, isEmpty, emptyText, rows, chartTitle, caption, columns }: Props<T>) {
  return (
    <ChartPanel<T>
      title={title}
      description={description}
      query={query}
      height={height}
      isEmpty={isEmpty}
      empty={<EmptyHint text={emptyText} />}
      chart={(data) => <CountBars data={data} rows={rows} title={chartTitle} height={height} />}
      table={(data) => <DataTable caption={caption} columns={[{ label: columns[0] }, { label: columns[1], numeric: true }]} rows={rows(data).map((row) => [row.label, row.count])} />}
    />
  );
}

function CountBars<T>({ data, rows, title, height }: { data: T; rows: (data: T) => CountRow[]; title: string; height: number }) {
  // `rows` is a pure function of the data, so the data alone decides when the chart is redrawn.
  const spec = useMemo<ChartSpec>(() => {
    const drawn = rows(data);
    const colors = drawn.every((row) => row.color) ? { colors: drawn.map((row) => row.color as string) } : {};
    return { kind: 'bars', horizontal: true, labels: drawn.map((row) => row.label), values: drawn.map((row) => row.count), ...colors };
  }, [data]);
  return <ChartFigure title={title} spec={spec} height={height} />;
}
