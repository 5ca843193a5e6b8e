/** Failed-login log kept in memory: throttling is per process, which is what one server needs.
 * Old entries are pruned on every write so the map cannot grow without bound. */
import type { LoginAttemptLog } from '@jobtracker/core';

export function createMemoryLoginAttemptLog(options: { retentionMs: number; maxKeys?: number }): LoginAttemptLog {
  const failures = new Map<string, Date[]>();
  const maxKeys = options.maxKeys ?? 100_000;

  function prune(key: string, now: Date) {
    const cutoff = now.getTime() - options.retentionMs;
    const kept = (failures.get(key) ?? []).filter((at) => at.getTime() >= cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
  }

  return {
    async failuresSince(key, since) {
      return (failures.get(key) ?? []).filter((at) => at.getTime() >= since.getTime());
    },
    async recordFailure(key, at) {
      prune(key, at);
      if (!failures.has(key) && failures.size >= maxKeys) {
        // Drop the oldest key (Map keeps insertion order) rather than grow forever.
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      failures.set(key, [...(failures.get(key) ?? []), at]);
    },
    async clear(key) {
      failures.delete(key);
    },
  };
}
