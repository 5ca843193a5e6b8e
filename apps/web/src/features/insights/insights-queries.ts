/** The insight queries (under the insights key: every change anywhere refreshes them) and the
 * settings mutations. Days, weeks and months count in the browser's time zone. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { INSIGHTS_KEY } from '../../lib/query-client.js';
import { userTimeZone } from '../../lib/time.js';
import { trpc, type RouterInputs, type RouterOutputs } from '../../lib/trpc.js';

export type Insights = RouterOutputs['insights'];
export type Rate = Insights['funnel']['overall']['response'];
export type Settings = Insights['settings']['get'];

const fresh = { staleTime: 0 } as const;

export const funnelQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'funnel'], queryFn: () => trpc.insights.funnel.query({ time_zone: userTimeZone() }), ...fresh });
export const replyTimesQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'reply-times'], queryFn: () => trpc.insights.replyTimes.query(), ...fresh });
export const goalsQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'goals'], queryFn: () => trpc.insights.goals.query({ time_zone: userTimeZone() }), ...fresh });
export const skillsGapQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'skills-gap'], queryFn: () => trpc.insights.skillsGap.query(), ...fresh });
export const settingsQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'settings'], queryFn: () => trpc.insights.settings.get.query() });

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: RouterInputs['insights']['settings']['update']) => trpc.insights.settings.update.mutate(changes),
    onSuccess: (settings) => queryClient.setQueryData(settingsQuery.queryKey, settings),
  });
}

export function useRotateCalendarSecret() {
  return useMutation({ mutationFn: () => trpc.insights.settings.rotateCalendarSecret.mutate() });
}

export function useDisableCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => trpc.insights.settings.disableCalendarFeed.mutate(),
    onSuccess: (settings) => queryClient.setQueryData(settingsQuery.queryKey, settings),
  });
}
