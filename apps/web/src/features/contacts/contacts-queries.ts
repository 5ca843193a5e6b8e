/** The contacts queries and mutations, with one set of keys so every change refreshes them. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterInputs, RouterOutputs } from '../../lib/trpc.js';
import { trpc } from '../../lib/trpc.js';
import type { ContactsSearch } from './contacts-search.js';

export type Contact = RouterOutputs['contacts']['get'];
export type ContactCreateBody = RouterInputs['contacts']['create'];
export type InteractionBody = RouterInputs['contacts']['logInteraction'];

export const PAGE_SIZE = 20;

export const contactKeys = {
  all: ['contacts'] as const,
  list: (params: RouterInputs['contacts']['list']) => ['contacts', 'list', params] as const,
  detail: (id: string) => ['contacts', 'detail', id] as const,
  applications: (id: string) => ['contacts', 'applications', id] as const,
  ofApplication: (applicationId: string) => ['contacts', 'of-application', applicationId] as const,
};

export const contactQuery = (id: string) => queryOptions({ queryKey: contactKeys.detail(id), queryFn: () => trpc.contacts.get.query({ id }) });

// Applications change elsewhere (board, forms), so what a contact links is re-read on every visit.
export const contactApplicationsQuery = (id: string) =>
  queryOptions({ queryKey: contactKeys.applications(id), queryFn: () => trpc.contacts.applications.query({ id }), staleTime: 0 });

export const applicationContactsQuery = (applicationId: string) =>
  queryOptions({ queryKey: contactKeys.ofApplication(applicationId), queryFn: () => trpc.contacts.ofApplication.query({ id: applicationId }) });

/** One page of the list; the server searches (`q`) and pages. */
export function useContactPage(search: ContactsSearch) {
  const params = { page: search.page ?? 1, page_size: PAGE_SIZE, ...(search.q?.trim() ? { q: search.q.trim() } : {}) };
  return useQuery({ queryKey: contactKeys.list(params), queryFn: () => trpc.contacts.list.query(params), placeholderData: keepPreviousData });
}

/** Contacts matching `q`, for pickers (the first page is plenty to choose from). */
export function useContactMatches(q: string) {
  const params = { page: 1, page_size: 10, ...(q.trim() ? { q: q.trim() } : {}) };
  return useQuery({ queryKey: contactKeys.list(params), queryFn: () => trpc.contacts.list.query(params), placeholderData: keepPreviousData });
}

function useInvalidateContacts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: contactKeys.all });
}

export function useCreateContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({ mutationFn: (body: ContactCreateBody) => trpc.contacts.create.mutate(body), onSuccess: invalidate });
}

export function useUpdateContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({ mutationFn: (body: ContactCreateBody & { id: string }) => trpc.contacts.update.mutate(body), onSuccess: invalidate });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => trpc.contacts.delete.mutate({ id }),
    onSuccess: async (_result, id) => {
      // The contact page is gone: drop its entries instead of refetching a 404.
      for (const key of [contactKeys.detail(id), contactKeys.applications(id)]) queryClient.removeQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}

export function useLinkContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ contactId, applicationId, link }: { contactId: string; applicationId: string; link: boolean }) =>
      link ? trpc.contacts.link.mutate({ id: contactId, application_id: applicationId }) : trpc.contacts.unlink.mutate({ id: contactId, application_id: applicationId }),
    onSuccess: invalidate,
  });
}

export function useLogInteraction() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (body: InteractionBody) => trpc.contacts.logInteraction.mutate(body),
    // Not awaited: the form clears as soon as the server has the entry, before the log refetches,
    // so nothing typed meanwhile is wiped by a late reset.
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveInteraction() {
  const invalidate = useInvalidateContacts();
  return useMutation({ mutationFn: (body: { id: string; index: number }) => trpc.contacts.removeInteraction.mutate(body), onSuccess: invalidate });
}
