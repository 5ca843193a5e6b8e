/** The Insights page's URL state: how the comparison is grouped (by source unless chosen) and
 * which rate it compares (the response rate unless chosen). */

export const GROUPS = ['source', 'resume', 'month'] as const;
export type Group = (typeof GROUPS)[number];
export const METRICS = ['response', 'interview', 'offer'] as const;
export type Metric = (typeof METRICS)[number];

export type InsightsSearch = { group?: Exclude<Group, 'source'>; metric?: Exclude<Metric, 'response'> };

export function parseInsightsSearch(raw: Record<string, unknown>): InsightsSearch {
  const search: InsightsSearch = {};
  if (raw['group'] === 'resume' || raw['group'] === 'month') search.group = raw['group'];
  if (raw['metric'] === 'interview' || raw['metric'] === 'offer') search.metric = raw['metric'];
  return search;
}
