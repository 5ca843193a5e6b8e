/** LoginAttemptLog kept in memory, without the pruning a server's log needs. */
import type { LoginAttemptLog } from '../auth/ports.js';

export class InMemoryLoginAttemptLog implements LoginAttemptLog {
  private readonly failures = new Map<string, Date[]>();

  async failuresSince(key: string, since: Date): Promise<Date[]> {
    return (this.failures.get(key) ?? []).filter((at) => at.getTime() >= since.getTime());
  }

  async recordFailure(key: string, at: Date): Promise<void> {
    this.failures.set(key, [...(this.failures.get(key) ?? []), at]);
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }
}
