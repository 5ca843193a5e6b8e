/** A store of core's in-memory fakes (`@jobtracker/core/testing`), so the conformance suites
 * check the fakes that core's tests rely on against the same contract as the real adapters. */
import { inMemoryRepositories } from '@jobtracker/core/testing';
import type { JobTrackerStore } from '../store.js';

export async function openInMemoryStore(): Promise<JobTrackerStore> {
  return { ...inMemoryRepositories(), close: async () => {} };
}
