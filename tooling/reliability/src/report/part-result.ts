/** What each part of the harness reports: pass or fail, how many requests it sent, its failures
 * (each a line a person can act on) and its figures. */
export type PartResult = {
  name: 'crash' | 'fuzz' | 'authorization' | 'load';
  ok: boolean;
  requests: number;
  failures: string[];
  figures: Record<string, number | string>;
  durationSeconds: number;
  /** Per operation, for the load part. */
  latencies?: Record<string, { count: number; p50: number; p95: number; p99: number; max: number }>;
};

export type PartContext = { workDir: string; seed: number; log: (line: string) => void };

/** At most this many failure lines are kept per part (the count is always kept in the figures). */
export const MAX_FAILURE_LINES = 50;

export function finish(
  name: PartResult['name'],
  outcome: { started: number; requests: number; failures: string[]; figures: PartResult['figures'] },
): PartResult {
  const { started, requests, failures, figures } = outcome;
  return {
    name,
    ok: failures.length === 0,
    requests,
    failures: failures.slice(0, MAX_FAILURE_LINES),
    figures: { ...figures, failures: failures.length },
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
