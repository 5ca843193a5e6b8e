/** Helpers shared by the application conformance suites. */
import type { Application, ApplicationRepository } from '@jobtracker/core';

/** Creates applications whose `created_at` ascends with their index, so "newest first" is the
 * reverse of the input order. */
export async function createInOrder(repository: ApplicationRepository, applications: Application[]): Promise<Application[]> {
  const dated = applications.map((application, index) => ({
    ...application,
    created_at: new Date(Date.UTC(2025, 0, 1) + index * 60_000),
  }));
  for (const application of dated) await repository.create(application);
  return dated;
}
