/** The insights' single-request latency over 10,000 applications: for each insight, the median
 * (p50) of sequential requests through the API, each body read in full, and the median of a few
 * "cold" requests, each the first after a write (the server reads and parses the views again
 * then). A few follow-ups and a calendar feed are set up first, so the due view and the feed
 * have something to render. */
import { expectStatus, requestJson } from './http-client.js';
import { medianLatencyMs } from './latency-probe.js';

export type InsightLatency = { name: string; request: string; medianMs: number; coldMedianMs: number; bytes: number };

/** The target: every insight answers within this p50. */
export const INSIGHT_TARGET_MS = 50;

const REQUESTS = 20;
const COLD_REQUESTS = 3;

export async function measureInsights(options: { baseUrl: string; token: string; ids: readonly string[]; now: Date }): Promise<InsightLatency[]> {
  const { baseUrl, token } = options;
  const day = (offset: number) => new Date(options.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  // Follow-ups on 100 applications spread over the fortnight around today.
  for (const [index, id] of options.ids.slice(0, 100).entries()) {
    const set = await requestJson({ url: `${baseUrl}/api/applications/${id}/follow-up/`, method: 'PUT', token, body: { next_action: { date: day((index % 14) - 7), text: `Follow up ${index}` } } });
    expectStatus(set, 200, 'follow-up');
  }
  const secret = await requestJson({ url: `${baseUrl}/api/insights/calendar/secret/`, method: 'POST', token, body: {} });
  expectStatus(secret, 200, 'calendar secret');
  const feedPath = (secret.body as { feed_path: string }).feed_path;

  const probes: Array<{ name: string; path: string }> = [
    { name: 'due', path: '/api/insights/due/?time_zone=Europe/Berlin' },
    { name: 'silence', path: '/api/insights/silence/' },
    { name: 'funnel', path: '/api/insights/funnel/?time_zone=Europe/Berlin' },
    { name: 'reply times', path: '/api/insights/reply-times/' },
    { name: 'goals', path: '/api/insights/goals/?time_zone=Europe/Berlin' },
    { name: 'skills gap', path: '/api/insights/skills-gap/' },
    { name: 'duplicates', path: '/api/applications/duplicates/?company=Google%20LLC&title=Senior%20Software%20Engineer' },
    { name: 'calendar feed', path: feedPath },
  ];
  const results: InsightLatency[] = [];
  for (const probe of probes) {
    const url = `${baseUrl}${probe.path}`;
    const once = await requestJson({ url, token, timeoutMs: 60_000 });
    expectStatus(once, 200, probe.name);
    // Warm-up, then the measured run.
    await medianLatencyMs({ url, token, count: 5 });
    const measured = await medianLatencyMs({ url, token, count: REQUESTS });
    if (measured.statuses.some((status) => status !== 200)) throw new Error(`${probe.name} answered ${measured.statuses.join(', ')}`);
    const cold: number[] = [];
    for (let index = 0; index < COLD_REQUESTS; index += 1) {
      const touched = await requestJson({ url: `${baseUrl}/api/applications/${options.ids[0]}/follow-up/`, method: 'PUT', token, body: { deadline: day(index) } });
      expectStatus(touched, 200, 'touch');
      cold.push((await medianLatencyMs({ url, token, count: 1 })).medianMs);
    }
    const coldMedianMs = cold.sort((a, b) => a - b)[Math.floor(COLD_REQUESTS / 2)] ?? 0;
    const request = probe.name === 'calendar feed' ? 'GET /api/calendar/<secret>/feed.ics' : `GET ${probe.path.split('?')[0]}`;
    results.push({ name: probe.name, request, medianMs: measured.medianMs, coldMedianMs, bytes: once.bytes.length });
  }
  return results;
}
