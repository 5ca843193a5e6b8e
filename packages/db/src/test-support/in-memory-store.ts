/** A store of core's in-memory fakes (`@jobtracker/core/testing`), so the conformance suites
 * check the fakes that core's tests rely on against the same contract as the real adapters. */
import { inMemoryRepositories } from '@jobtracker/core/testing';
import type { JobTrackerStore } from '../store.js';

/** Core has no fake of the transfer (only the migrate command uses it). */
export async function openInMemoryStore(): Promise<Omit<JobTrackerStore, 'userTransfer'>> {
  return { ...inMemoryRepositories(), close: async () => {} };
}
