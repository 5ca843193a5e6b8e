import { afterEach, describe, expect, it, vi } from 'vitest';
import { shutDown, type DrainableServer } from './graceful-shutdown.js';

const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

afterEach(() => {
  vi.useRealTimers();
});

describe('shutDown', () => {
  it('stops being ready, drains the server, then closes the store', async () => {
    const steps: string[] = [];
    const server: DrainableServer = {
      drain: async () => void steps.push('drain'),
      cut: () => void steps.push('cut'),
    };
    await shutDown('SIGTERM', {
      server,
      lifecycle: { beginStopping: () => void steps.push('not ready') },
      close: async () => void steps.push('close store'),
      log: quietLog,
      timeoutMs: 10_000,
    });
    expect(steps).toEqual(['not ready', 'drain', 'close store']);
  });

  it('cuts the connections still open when the timeout is over, then closes the store', async () => {
    vi.useFakeTimers();
    const steps: string[] = [];
    const warnings: unknown[] = [];
    const done = shutDown('SIGINT', {
      server: { drain: () => new Promise<void>(() => undefined), cut: () => void steps.push('cut') },
      lifecycle: { beginStopping: () => void steps.push('not ready') },
      close: async () => void steps.push('close store'),
      log: { ...quietLog, warn: (fields: unknown) => void warnings.push(fields) },
      timeoutMs: 5_000,
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(steps).toEqual(['not ready']);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(steps).toEqual(['not ready', 'cut', 'close store']);
    expect(warnings).toEqual([{ timeout_ms: 5_000 }]);
  });
});
