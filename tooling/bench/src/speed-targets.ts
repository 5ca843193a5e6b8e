/** The speed targets (issue 10's table): each row's figure from one bench run, its target, and
 * whether it is met. Ratios are taken against the bare node:http server sending the same bytes,
 * measured in the same run. */
import type { BenchResults } from './bench-report.js';

export type TargetRow = { what: string; measured: string; target: string; met: boolean | null };

/** Creates per second on the code before the speed work (issue 10), the base of the 3x target. */
export const CREATES_BEFORE_PER_SECOND = 780;

const pct = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}x`);
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

export function speedTargets(results: BenchResults): TargetRow[] {
  const endpoint = (name: string) => results.endpoints.find((entry) => entry.name === name);
  const rows: TargetRow[] = [];
  for (const name of ['list, page of 20 of 1,000', 'list, page of 20 of 10,000']) {
    const measured = endpoint(name);
    rows.push({
      what: `${name} vs bare node:http (same bytes)`,
      measured: measured ? `${pct(measured.ratioToBaseline)} (${measured.requestsPerSecond.toFixed(0)} req/s)` : 'n/a',
      target: '>= 0.30x',
      met: measured?.ratioToBaseline == null ? null : measured.ratioToBaseline >= 0.3,
    });
  }
  const detail = endpoint('detail');
  rows.push({
    what: 'detail vs bare node:http (same bytes)',
    measured: detail ? `${pct(detail.ratioToBaseline)} (${detail.requestsPerSecond.toFixed(0)} req/s)` : 'n/a',
    target: '>= 0.35x',
    met: detail?.ratioToBaseline == null ? null : detail.ratioToBaseline >= 0.35,
  });
  for (const { applications, p50, limit } of results.dashboards) {
    rows.push({ what: `dashboard p50, ${applications.toLocaleString('en')} applications`, measured: `${p50.toFixed(1)} ms`, target: `< ${limit} ms`, met: p50 < limit });
  }
  const creates = endpoint('create, 16 connections');
  rows.push({
    what: 'creates, 16 connections, synchronous=FULL',
    measured: creates ? `${creates.requestsPerSecond.toFixed(0)}/s (${(creates.requestsPerSecond / CREATES_BEFORE_PER_SECOND).toFixed(1)}x ${CREATES_BEFORE_PER_SECOND}/s)` : 'n/a',
    target: `>= ${3 * CREATES_BEFORE_PER_SECOND}/s`,
    met: creates ? creates.requestsPerSecond >= 3 * CREATES_BEFORE_PER_SECOND : null,
  });
  const cold = results.coldStart;
  rows.push({
    what: 'cold start to first answered request vs node -e 0',
    measured: `${cold.serverMedianMs.toFixed(0)} ms vs ${cold.nodeMedianMs.toFixed(0)} ms = ${cold.ratio.toFixed(2)}x`,
    target: '<= 2.5x',
    met: cold.ratio <= 2.5,
  });
  const one = endpoint('list, page of 20 of 10,000');
  const two = endpoint('list, WORKERS=2');
  const scaling = one && two && one.requestsPerSecond > 0 ? two.requestsPerSecond / one.requestsPerSecond : null;
  rows.push({ what: 'list, WORKERS=2 vs 1', measured: pct(scaling), target: '>= 1.7x', met: scaling === null ? null : scaling >= 1.7 });
  const big = results.bigExport;
  rows.push({
    what: `CSV export of ${big.rows.toLocaleString('en')} rows, server peak RSS growth`,
    measured: `${mib(big.rssDeltaBytes)} (${big.seconds.toFixed(1)} s, ${mib(big.bytes)})`,
    target: '< 64 MiB',
    met: big.rssDeltaBytes === null ? null : big.rssDeltaBytes < 64 * 1024 * 1024,
  });
  return rows;
}
