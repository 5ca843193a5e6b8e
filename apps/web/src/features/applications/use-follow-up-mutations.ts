/** Follow-up mutations: set or clear the next action and the deadline, close as "no response".
 * Each refreshes the applications (the insights refresh after every mutation anyway). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc, type RouterInputs } from '../../lib/trpc.js';
import { applicationKeys } from './applications-queries.js';

export type FollowUpPayload = RouterInputs['applications']['setFollowUp'];

export function useSetFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: FollowUpPayload) => trpc.applications.setFollowUp.mutate(payload),
    onSuccess: (updated) => queryClient.setQueryData(applicationKeys.detail(updated.id), updated),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useCloseAsNoResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, notes }: { id: string; notes?: string }) => trpc.applications.closeAsNoResponse.mutate({ id, ...(notes ? { notes } : {}) }),
    onSuccess: (updated) => queryClient.setQueryData(applicationKeys.detail(updated.id), updated),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
