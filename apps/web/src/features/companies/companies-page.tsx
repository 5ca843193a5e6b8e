/** The Companies page: search and filters in the URL, a page of company cards, add/edit/delete
 * in dialogs, and "Sync from applications". */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { useCompanyPage, type Company } from './companies-queries.js';
import { CompaniesFilters } from './companies-filters.js';
import { hasFilters, type CompaniesSearch } from './companies-search.js';
import { CompanyCard } from './company-card.js';
import { CompanyFormDialog } from './company-form-dialog.js';
import { DeleteCompanyDialog } from './delete-company-dialog.js';
import { Pager } from './pager.js';
import { SyncCompaniesButton } from './sync-companies-button.js';
import './companies.css';

type Editing = { mode: 'create' } | { mode: 'edit'; company: Company } | null;

export function CompaniesPage() {
  const search = useSearch({ from: '/app/companies' });
  const navigate = useNavigate({ from: '/companies' });
  const page = useCompanyPage(search);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Company | null>(null);
  const setSearch = useCallback((next: CompaniesSearch) => void navigate({ search: next, replace: true }), [navigate]);
  const goToPage = (target: number) => void navigate({ search: (prev) => ({ ...prev, page: target > 1 ? target : undefined }) });

  return (
    <div className="page">
      <div className="page-header">
        <h1>Companies</h1>
        <span className="muted" aria-live="polite">
          {page.data ? `${page.data.count} ${page.data.count === 1 ? 'company' : 'companies'}` : ''}
        </span>
        <span className="spacer" />
        <SyncCompaniesButton />
        <button type="button" className="button-primary" onClick={() => setEditing({ mode: 'create' })}>
          Add company
        </button>
      </div>
      <CompaniesFilters search={search} onChange={setSearch} />
      {page.error ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : !page.data ? (
        <div className="company-grid" role="status" aria-label="Loading companies">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height="8.5rem" />
          ))}
        </div>
      ) : page.data.count === 0 ? (
        <EmptyCompanies filtered={hasFilters(search)} onAdd={() => setEditing({ mode: 'create' })} onClear={() => setSearch({})} />
      ) : page.data.results.length === 0 ? (
        <div className="card stack company-empty">
          <h2>Nothing on this page</h2>
          <p className="muted">This page is past the end of the list.</p>
          <div>
            <button type="button" onClick={() => goToPage(1)}>
              Go to the first page
            </button>
          </div>
        </div>
      ) : (
        <>
          <ul className="company-grid" aria-label="Companies" aria-busy={page.isFetching}>
            {page.data.results.map((company) => (
              <CompanyCard key={company.id} company={company} onEdit={(c) => setEditing({ mode: 'edit', company: c })} onDelete={setDeleting} />
            ))}
          </ul>
          <Pager page={page.data.page} pageCount={page.data.pageCount} onPage={goToPage} label="Companies pages" />
        </>
      )}
      <CompanyFormDialog open={editing !== null} onClose={() => setEditing(null)} existing={editing?.mode === 'edit' ? editing.company : undefined} />
      <DeleteCompanyDialog company={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

function EmptyCompanies({ filtered, onAdd, onClear }: { filtered: boolean; onAdd: () => void; onClear: () => void }) {
  if (filtered) {
    return (
      <div className="card stack company-empty">
        <h2>No companies match</h2>
        <p className="muted">Try another search or fewer filters.</p>
        <div>
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="card stack company-empty">
      <h2>No companies yet</h2>
      <p className="muted">
        Add a company to keep its contacts, tags and notes in one place, or use “Sync from applications” to create one for every
        company your applications name.
      </p>
      <div>
        <button type="button" className="button-primary" onClick={onAdd}>
          Add your first company
        </button>
      </div>
    </div>
  );
}
