/** Single-request latency: `count` sequential requests, each body read in full; the median.
 * Uncompressed, as autocannon's requests are. */

export async function medianLatencyMs(options: { url: string; token: string; count: number }): Promise<{ medianMs: number; statuses: number[] }> {
  const timings: number[] = [];
  const statuses = new Set<number>();
  for (let index = 0; index < options.count; index += 1) {
    const started = performance.now();
    const response = await fetch(options.url, { headers: { Authorization: `Bearer ${options.token}`, 'Accept-Encoding': 'identity' }, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    timings.push(performance.now() - started);
    statuses.add(response.status);
  }
  timings.sort((a, b) => a - b);
  const middle = Math.floor(timings.length / 2);
  const median = timings.length % 2 === 1 ? (timings[middle] ?? 0) : ((timings[middle - 1] ?? 0) + (timings[middle] ?? 0)) / 2;
  return { medianMs: median, statuses: [...statuses] };
}
