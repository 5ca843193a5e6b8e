/** AccountSettingsStore in memory: one JSON object per user, copied in and out. */
import type { AccountSettingsStore } from '../backup/archive-ports.js';

export class InMemorySettingsStore implements AccountSettingsStore {
  private readonly settings = new Map<number, string>();

  async read(userId: number): Promise<Record<string, unknown>> {
    return JSON.parse(this.settings.get(userId) ?? '{}') as Record<string, unknown>;
  }

  async replace(userId: number, settings: Record<string, unknown>): Promise<void> {
    this.settings.set(userId, JSON.stringify(settings));
  }

  async remove(userId: number): Promise<void> {
    this.settings.delete(userId);
  }
}
