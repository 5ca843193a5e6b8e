/** Contract 8.4 `skills/`: how often each required skill is asked for. */
import type { ApplicationView } from '../applications/application-view.js';
import { bump, sortedByCount } from './group-count.js';

export type SkillCount = { skill: string; count: number };

export const TOP_SKILLS_LIMIT = 20;

/** Exact, case-sensitive counts of `skills_required` (a duplicate inside one application counts
 * twice); top 20 by count, ties by skill name ascending. `skills_preferred` is ignored. */
export function skillsDemand(applications: readonly ApplicationView[]): SkillCount[] {
  const counts = new Map<string, number>();
  for (const application of applications) {
    const skills = application.requirements?.skills_required;
    if (!Array.isArray(skills)) continue;
    for (const skill of skills) if (typeof skill === 'string') bump(counts, skill);
  }
  return sortedByCount(counts)
    .slice(0, TOP_SKILLS_LIMIT)
    .map(([skill, count]) => ({ skill, count }));
}
