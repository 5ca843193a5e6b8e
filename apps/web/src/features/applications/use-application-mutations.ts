/** Create, update, delete, favorite and timeline mutations; each refreshes the applications cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc, type Application, type RouterInputs } from '../../lib/trpc.js';
import { applicationKeys } from './applications-queries.js';

export type CreateApplicationPayload = RouterInputs['applications']['create'];
export type UpdateApplicationPayload = RouterInputs['applications']['update'];
export type TimelineEventPayload = RouterInputs['applications']['addTimelineEvent'];

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: CreateApplicationPayload) => trpc.applications.create.mutate(payload),
    onSuccess: (created) => queryClient.setQueryData(applicationKeys.detail(created.id), created),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: UpdateApplicationPayload) => trpc.applications.update.mutate(payload),
    onSuccess: (updated) => queryClient.setQueryData(applicationKeys.detail(updated.id), updated),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

/** Favorite is a PUT of `is_favorite` alone (the contract has no toggle); shown at once. */
export function useToggleFavorite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (application: Application) => trpc.applications.update.mutate({ id: application.id, is_favorite: !application.is_favorite }),
    onMutate: (application) => {
      const key = applicationKeys.detail(application.id);
      const before = queryClient.getQueryData<Application>(key);
      if (before) queryClient.setQueryData(key, { ...before, is_favorite: !application.is_favorite });
      return { before };
    },
    onError: (_error, application, context) => {
      if (context?.before) queryClient.setQueryData(applicationKeys.detail(application.id), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useDeleteApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => trpc.applications.delete.mutate({ id }),
    onSuccess: (_result, id) => queryClient.removeQueries({ queryKey: applicationKeys.detail(id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useAddTimelineEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: TimelineEventPayload) => trpc.applications.addTimelineEvent.mutate(payload),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, index }: { id: string; index: number }) => trpc.attachments.delete.mutate({ id, index }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
