/** "Already applied?": the user's applications of the last 180 days at the same company (by
 * normalised name) with a closely matching job title. */
import type { ApplicationView } from '../applications/application-view.js';
import { DAY_MS } from '../shared/time.js';
import { normalizeCompanyName } from './company-name.js';
import { round4 } from './proportion.js';
import { TITLE_MATCH_THRESHOLD, titleSimilarity } from './title-similarity.js';

export const DUPLICATE_WINDOW_DAYS = 180;

export type DuplicateCandidate = {
  id: string;
  company: string;
  job_title: string;
  status: string | null;
  /** `application.applied_date`, else `created_at`. */
  sent_at: Date | null;
  similarity: number;
};

/** Most similar first, then most recent. The views need `id`, `job.title`, the status and the
 * dates. `excludeId` leaves out the application being edited. */
export function duplicateCandidates(
  views: readonly ApplicationView[],
  options: { company: string; title: string; now: Date; excludeId?: string },
): DuplicateCandidate[] {
  const company = normalizeCompanyName(options.company);
  const since = options.now.getTime() - DUPLICATE_WINDOW_DAYS * DAY_MS;
  const found: DuplicateCandidate[] = [];
  // A user has far fewer companies than applications: each distinct name is normalised once.
  const normalized = new Map<string, string>();
  const sameCompany = (name: string): boolean => {
    let key = normalized.get(name);
    if (key === undefined) normalized.set(name, (key = normalizeCompanyName(name)));
    return key === company;
  };
  for (const view of views) {
    if (view.id !== undefined && view.id === options.excludeId) continue;
    // Recent by either date: an old posting entered this week is still a recent application.
    const applied = view.application?.applied_date?.getTime() ?? -Infinity;
    const created = view.created_at?.getTime() ?? -Infinity;
    if (Math.max(applied, created) < since) continue;
    if (!sameCompany(view.company.name)) continue;
    const similarity = titleSimilarity(options.title, view.job?.title ?? '');
    if (similarity < TITLE_MATCH_THRESHOLD) continue;
    const sent = view.application?.applied_date ?? view.created_at ?? null;
    found.push({
      id: view.id ?? '',
      company: view.company.name,
      job_title: view.job?.title ?? '',
      status: view.application?.status ?? null,
      sent_at: sent,
      similarity: round4(similarity),
    });
  }
  return found.sort((a, b) => b.similarity - a.similarity || (b.sent_at?.getTime() ?? 0) - (a.sent_at?.getTime() ?? 0));
}
