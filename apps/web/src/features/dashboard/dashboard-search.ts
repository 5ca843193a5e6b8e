/** The dashboard's URL state: how "applications over time" is grouped (month unless chosen). */

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export type DashboardSearch = { period?: Exclude<Period, 'month'> };

export function parseDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  return raw['period'] === 'day' || raw['period'] === 'week' ? { period: raw['period'] } : {};
}
