/** Load runs taken in turns: each target gets a short autocannon run, then the next, for a few
 * rounds. On a shared machine the load of other processes comes and goes; taken in turns, the
 * server and the bare baseline it is compared with see the same moments, so their ratio holds
 * better than two runs a minute apart. Per target: the mean of its rounds' req/s, the median of
 * their p50 and the highest p99, and the totals. */
import { runAutocannon, type LoadResult, type LoadSettings, type LoadTarget } from './autocannon-runner.js';

export type RotationEntry = { name: string; target: LoadTarget };

export async function measureInTurns(
  entries: readonly RotationEntry[],
  options: { rounds: number; settings: LoadSettings; log: (line: string) => void },
): Promise<Map<string, LoadResult>> {
  const runs = new Map<string, LoadResult[]>(entries.map((entry) => [entry.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    for (const entry of entries) {
      const result = await runAutocannon(entry.target, options.settings);
      options.log(`  round ${round + 1} ${entry.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyP99Ms} ms`);
      runs.get(entry.name)!.push(result);
    }
  }
  const combined = new Map<string, LoadResult>();
  for (const [name, results] of runs) {
    const sorted = results.map((result) => result.latencyP50Ms).sort((a, b) => a - b);
    combined.set(name, {
      requestsPerSecond: results.reduce((sum, result) => sum + result.requestsPerSecond, 0) / results.length,
      latencyP50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
      latencyP99Ms: Math.max(...results.map((result) => result.latencyP99Ms)),
      latencyMeanMs: results.reduce((sum, result) => sum + result.latencyMeanMs, 0) / results.length,
      totalRequests: results.reduce((sum, result) => sum + result.totalRequests, 0),
      non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
      timeouts: results.reduce((sum, result) => sum + result.timeouts, 0),
    });
  }
  return combined;
}
