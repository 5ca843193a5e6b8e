/** Samples another process's resident set size from /proc/<pid>/status (Linux only). */
import { readFileSync } from 'node:fs';

/** VmRSS in bytes, or null when unavailable (process gone, not Linux). */
export function readRssBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples every `intervalMs` until stopped; `stop()` returns the peak seen (null if none). */
export function startRssSampler(pid: number, intervalMs = 20): { stop: () => number | null } {
  let peak: number | null = null;
  const sample = () => {
    const rss = readRssBytes(pid);
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
