/** What the exports will contain for the table's current filters, in words. The API's CSV export
 * filters by status and company, its PDF report by status only; the table's other filters
 * (search, job title, favorites) have no export counterpart, and the sentence says so. */
import { statusLabel } from '../../lib/statuses.js';
import type { TableSearch } from './table-search.js';

export function exportScope(search: TableSearch): string {
  const status = search.status ? ` with status ${statusLabel(search.status)}` : '';
  const sentences = search.company
    ? [
        `The CSV holds every application${status} at companies matching “${search.company}”, all pages;`,
        `the PDF report every application${status} (it cannot filter by company).`,
      ]
    : [`Exports hold every application${status}, all pages.`];
  const ignored = [search.q && 'search', search.job_title && 'job title', search.favorites && 'favorites only'].filter(Boolean);
  if (ignored.length > 0) sentences.push(`Not applied to exports: ${ignored.join(', ')}.`);
  return sentences.join(' ');
}
