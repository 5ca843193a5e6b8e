/** The applications grid: TanStack Table for columns and sorting, TanStack Virtual so only the
 * visible rows are in the DOM. Sorting reorders the rows of the current page (the list API pages
 * newest first and has no ordering parameter). */
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link } from '@tanstack/react-router';
import { useMemo, useRef } from 'react';
import { statusLabel } from '../../lib/statuses.js';
import { formatDate, parseServerDate } from '../../lib/time.js';
import type { Application } from '../../lib/trpc.js';
import { isStale } from './activity.js';
import type { SortColumn } from './table-search.js';

const ROW_HEIGHT = 44;
const time = (text: string | null | undefined) => parseServerDate(text)?.getTime() ?? 0;

const columns: Array<ColumnDef<Application> & { id: SortColumn | 'favorite' | 'source' }> = [
  {
    id: 'favorite',
    header: () => <span className="visually-hidden">Favorite</span>,
    cell: ({ row }) => (row.original.is_favorite ? <span className="favorite" aria-label="Favorite" title="Favorite">★</span> : null),
    enableSorting: false,
    size: 36,
  },
  {
    id: 'company',
    header: 'Company',
    accessorFn: (row) => row.company.name.toLowerCase(),
    cell: ({ row }) => row.original.company.name,
  },
  {
    id: 'title',
    header: 'Job title',
    accessorFn: (row) => row.job.title.toLowerCase(),
    cell: ({ row }) => (
      <Link to="/applications/$applicationId" params={{ applicationId: row.original.id }}>
        {row.original.job.title}
      </Link>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    accessorFn: (row) => row.application?.status ?? '',
    cell: ({ row }) => (
      <span className="row" style={{ gap: '0.3rem' }}>
        <span className="badge">{statusLabel(row.original.application?.status)}</span>
        {isStale(row.original) && <span className="badge badge-warning">No activity</span>}
      </span>
    ),
  },
  {
    id: 'applied',
    header: 'Applied',
    accessorFn: (row) => time(row.application?.applied_date),
    cell: ({ row }) => formatDate(row.original.application?.applied_date),
  },
  {
    id: 'source',
    header: 'Source',
    accessorFn: (row) => row.application?.source ?? '',
    enableSorting: false,
  },
  {
    id: 'created',
    header: 'Added',
    accessorFn: (row) => time(row.created_at),
    cell: ({ row }) => formatDate(row.original.created_at),
  },
];

type Props = { rows: Application[]; sort: SortColumn; dir: 'asc' | 'desc'; onSort: (sort: SortColumn, dir: 'asc' | 'desc') => void; busy: boolean };

export function ApplicationsTable({ rows, sort, dir, onSort, busy }: Props) {
  const sorting: SortingState = useMemo(() => [{ id: sort, desc: dir === 'desc' }], [sort, dir]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: false,
  });
  const sortedRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sortedRows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scroller} className="table-scroll" tabIndex={0} role="region" aria-label="Applications table" aria-busy={busy}>
      <table className="data-table" aria-rowcount={sortedRows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const canSort = header.column.getCanSort();
                const current = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={current ? (current === 'asc' ? 'ascending' : 'descending') : undefined} style={header.column.id === 'favorite' ? { width: 36 } : undefined}>
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => onSort(header.column.id as SortColumn, current === 'asc' ? 'desc' : 'asc')}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{current === 'asc' ? ' ▲' : current === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = sortedRows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell ?? ((ctx) => String(ctx.getValue() ?? '')), cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
