/** Downloads the applications CSV once: wall time, size, and the server's peak RSS while it
 * streams compared with its RSS just before. */
import { readRssBytes, startRssSampler } from './rss-sampler.js';

export type ExportMeasurement = {
  status: number;
  seconds: number;
  bytes: number;
  /** CRLF count: rows + header when no field holds a CRLF; a chunk-split CRLF is missed. */
  lines: number;
  rssBeforeBytes: number | null;
  rssPeakBytes: number | null;
};

function countRecordEnds(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf('\r\n'); at !== -1; at = chunk.indexOf('\r\n', at + 2)) count += 1;
  return count;
}

export async function measureCsvExport(options: { url: string; token: string; serverPid: number | undefined }): Promise<ExportMeasurement> {
  const rssBeforeBytes = options.serverPid === undefined ? null : readRssBytes(options.serverPid);
  const sampler = options.serverPid === undefined ? null : startRssSampler(options.serverPid, 20);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  let status: number;
  let rssPeakBytes: number | null;
  try {
    const response = await fetch(options.url, {
      // Node's fetch asks for gzip by default; autocannon does not. Identity keeps every figure
      // of the bench about the same work (and comparable with runs before compression existed).
      headers: { Authorization: `Bearer ${options.token}`, 'Accept-Encoding': 'identity' },
      signal: AbortSignal.timeout(60_000),
    });
    status = response.status;
    if (response.body) {
      for await (const chunk of response.body) {
        bytes += chunk.byteLength;
        lines += countRecordEnds(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      }
    }
  } finally {
    rssPeakBytes = sampler?.stop() ?? null;
  }
  return { status, seconds: (performance.now() - started) / 1000, bytes, lines, rssBeforeBytes, rssPeakBytes };
}
