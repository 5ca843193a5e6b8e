/** Changing an application's status (board drag, keyboard drag, "Move to" menu, detail page):
 * the card moves at once, the server records the status_change event, and a refusal puts the
 * card back with a message. */
import { useMutation, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { errorText } from '../../lib/api-errors.js';
import { statusLabel, type Status } from '../../lib/statuses.js';
import { showToast } from '../../lib/toasts.js';
import { trpc, type Application, type ApplicationPage } from '../../lib/trpc.js';
import { applicationKeys } from './applications-queries.js';

type Column = InfiniteData<ApplicationPage, number>;
type Vars = { application: Application; status: Status };

function withStatus(application: Application, status: Status): Application {
  return application.application
    ? { ...application, application: { ...application.application, status } }
    : application;
}

function removeFrom(column: Column, id: string): Column {
  let removed = false;
  const pages = column.pages.map((page) => {
    const results = page.results.filter((item) => item.id !== id);
    if (results.length !== page.results.length) removed = true;
    return { ...page, results };
  });
  if (!removed) return column;
  return { ...column, pages: pages.map((page) => ({ ...page, count: Math.max(0, page.count - 1) })) };
}

function addTo(column: Column, application: Application): Column {
  const [first, ...rest] = column.pages;
  if (!first) return column;
  const pages = [{ ...first, results: [application, ...first.results] }, ...rest];
  return { ...column, pages: pages.map((page) => ({ ...page, count: page.count + 1 })) };
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ application, status }: Vars) => trpc.applications.changeStatus.mutate({ id: application.id, status }),
    onMutate: async ({ application, status }) => {
      await queryClient.cancelQueries({ queryKey: applicationKeys.board() });
      const snapshot: Array<[QueryKey, unknown]> = queryClient.getQueriesData({ queryKey: applicationKeys.board() });
      const moved = withStatus(application, status);
      for (const [key, data] of snapshot) {
        if (!data) continue;
        const column = removeFrom(data as Column, application.id);
        queryClient.setQueryData(key, key[2] === status ? addTo(column, moved) : column);
      }
      const detailKey = applicationKeys.detail(application.id);
      const detail = queryClient.getQueryData(detailKey);
      if (detail) queryClient.setQueryData(detailKey, moved);
      return { snapshot: [...snapshot, [detailKey, detail] as [QueryKey, unknown]] };
    },
    onError: (error, { application, status }, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      showToast(`Could not move “${application.job.title}” to ${statusLabel(status)}: ${errorText(error)}`, 'error');
    },
    onSuccess: (updated, { status }) => {
      queryClient.setQueryData(applicationKeys.detail(updated.id), updated);
      showToast(`Moved “${updated.job.title}” to ${statusLabel(status)}.`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
