/** The memory profile of moving 10,000 applications in and out: the CSV import (preview, then the
 * import itself), the account archive's download and its restore into an empty account. Each is
 * one request, timed, with the server's RSS sampled while it runs; the files travel through temp
 * files on this side, so the bench process holds none of them whole. */
import { createWriteStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { readRssBytes, startRssSampler } from './rss-sampler.js';

export type TransferMeasurement = {
  name: string;
  status: number;
  seconds: number;
  /** Bytes sent (uploads) or received (downloads). */
  bytes: number;
  rssBeforeBytes: number | null;
  rssPeakBytes: number | null;
  rssDeltaBytes: number | null;
  /** The JSON answer of an upload, for the report. */
  answer: unknown;
};

type Probe = { token: string; serverPid: number | undefined };

async function sampled<T>(probe: Probe, work: () => Promise<T>): Promise<{ result: T; seconds: number; before: number | null; peak: number | null }> {
  const before = probe.serverPid === undefined ? null : readRssBytes(probe.serverPid);
  const sampler = probe.serverPid === undefined ? null : startRssSampler(probe.serverPid, 20);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, before, peak: sampler?.stop() ?? null };
  } finally {
    sampler?.stop();
  }
}

const delta = (before: number | null, peak: number | null) => (before !== null && peak !== null ? peak - before : null);

/** Downloads `url` into `path`, streamed. */
export async function measureDownload(probe: Probe & { name: string; url: string; path: string }): Promise<TransferMeasurement> {
  const { result, seconds, before, peak } = await sampled(probe, async () => {
    const response = await fetch(probe.url, { headers: { Authorization: `Bearer ${probe.token}` }, signal: AbortSignal.timeout(120_000) });
    if (response.body) await pipeline(Readable.fromWeb(response.body as NodeReadableStream), createWriteStream(probe.path));
    return response.status;
  });
  return { name: probe.name, status: result, seconds, bytes: (await stat(probe.path)).size, rssBeforeBytes: before, rssPeakBytes: peak, rssDeltaBytes: delta(before, peak), answer: null };
}

/** Uploads the file at `path` as the `file` part of a multipart form (read from disk as sent). */
export async function measureUpload(probe: Probe & { name: string; url: string; path: string; filename: string }): Promise<TransferMeasurement> {
  const blob = await openAsBlob(probe.path);
  const { result, seconds, before, peak } = await sampled(probe, async () => {
    const form = new FormData();
    form.append('file', blob, probe.filename);
    const response = await fetch(probe.url, { method: 'POST', headers: { Authorization: `Bearer ${probe.token}` }, body: form, signal: AbortSignal.timeout(120_000) });
    const text = await response.text();
    let answer: unknown = text.slice(0, 300);
    try {
      answer = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: response.status, answer };
  });
  return { name: probe.name, status: result.status, seconds, bytes: blob.size, rssBeforeBytes: before, rssPeakBytes: peak, rssDeltaBytes: delta(before, peak), answer: result.answer };
}
