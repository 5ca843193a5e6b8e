/** How a conformance suite gets a fresh, empty store for each test, whatever the adapter. */
import { afterEach, beforeEach } from 'vitest';
import type { JobTrackerStore } from '../../index.js';

/** Opens a new empty store holding at least the ports `K`; each test gets its own. */
export type OpenStore<K extends keyof JobTrackerStore> = () => Promise<Pick<JobTrackerStore, K | 'close'>>;

/** Registers per-test setup and teardown; call the returned function inside a test. */
export function useFreshStore<K extends keyof JobTrackerStore>(open: OpenStore<K>): () => Pick<JobTrackerStore, K | 'close'> {
  let store: Pick<JobTrackerStore, K | 'close'> | undefined;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('The store is only available inside a test');
    return store;
  };
}
