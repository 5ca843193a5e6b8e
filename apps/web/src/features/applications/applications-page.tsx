/** The applications table page: filters, search, sort and page all live in the URL. */
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { ApplicationsTable } from './applications-table.js';
import { ExportButtons, ExportStatus, useExport } from './export-buttons.js';
import { TableFilters } from './table-filters.js';
import { PAGE_SIZES, type TableSearch } from './table-search.js';
import { useTableRenderedMark } from './table-timing.js';
import { DEFAULT_PAGE_SIZE, useTableData } from './use-table-data.js';
import './applications.css';

export function ApplicationsPage() {
  const search = useSearch({ from: '/app/applications' });
  const navigate = useNavigate({ from: '/applications' });
  const data = useTableData(search);
  const exporter = useExport(search);
  const { reset: resetExport } = exporter;
  const update = useCallback(
    (patch: Partial<TableSearch>, resetPage = true) => {
      // An old export failure says nothing about the new filters.
      resetExport();
      void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }), replace: true });
    },
    [navigate, resetExport],
  );
  useTableRenderedMark(!data.isPending && !data.isFetching, data.rows);
  const pages = Math.max(1, Math.ceil(data.count / data.pageSize));
  const sort = search.sort ?? 'created';
  const dir = search.dir ?? 'desc';
  return (
    <div className="page">
      <div className="page-header">
        <h1>Applications</h1>
        <span className="muted" aria-live="polite">
          {data.isPending ? 'Loading…' : `${data.count} ${data.count === 1 ? 'application' : 'applications'}`}
        </span>
        <span className="spacer" />
        <ExportButtons exporter={exporter} />
        <Link to="/applications/new" className="button button-primary">
          New application
        </Link>
      </div>
      <TableFilters search={search} onChange={update} />
      <div className="stack" style={{ gap: '0.25rem' }}>
        <ExportStatus exporter={exporter} search={search} />
        <p className="small muted">Pages come newest first from the server; sorting a column reorders the rows of this page.</p>
      </div>
      {data.error ? (
        <ErrorState error={data.error} onRetry={data.refetch} />
      ) : data.isPending ? (
        <SkeletonList rows={8} height="2.5rem" label="Loading applications" />
      ) : data.count === 0 ? (
        <div className="card stack">
          <h2>No applications match</h2>
          <p className="muted">Try other filters, or add an application with the “New application” button (or press n).</p>
        </div>
      ) : (
        <ApplicationsTable rows={data.rows} sort={sort} dir={dir} busy={data.isFetching} onSort={(nextSort, nextDir) => update({ sort: nextSort, dir: nextDir }, false)} />
      )}
      <nav className="pager row" aria-label="Pages">
        <button type="button" className="button-small" disabled={data.page <= 1} onClick={() => update({ page: data.page - 1 > 1 ? data.page - 1 : undefined }, false)}>
          Previous page
        </button>
        <span className="small" aria-current="page">
          Page {data.page} of {pages}
        </span>
        <button type="button" className="button-small" disabled={data.page >= pages} onClick={() => update({ page: data.page + 1 }, false)}>
          Next page
        </button>
        <span className="spacer" />
        <label className="row small" htmlFor="page-size">
          Rows per page
        </label>
        <select
          id="page-size"
          className="page-size"
          value={data.pageSize}
          onChange={(event) => {
            const size = Number(event.target.value) as (typeof PAGE_SIZES)[number];
            update({ size: size === DEFAULT_PAGE_SIZE ? undefined : size });
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </nav>
    </div>
  );
}
