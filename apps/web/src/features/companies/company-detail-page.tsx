/** One company: what is known about it, its statistics and the applications that name it. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { httpStatusOf } from '../../lib/api-errors.js';
import { formatDateTime } from '../../lib/time.js';
import { companyQuery } from './companies-queries.js';
import { CompanyApplicationsSection } from './company-applications-section.js';
import { CompanyFacts } from './company-facts.js';
import { CompanyFormDialog } from './company-form-dialog.js';
import { CompanyStatsSection } from './company-stats-section.js';
import { DeleteCompanyDialog } from './delete-company-dialog.js';
import { FavoriteButton } from './favorite-button.js';
import './companies.css';

export function CompanyDetailRoute() {
  const { companyId } = useParams({ from: '/app/companies/$companyId' });
  const navigate = useNavigate();
  const company = useQuery(companyQuery(companyId));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (company.error) {
    const missing = [400, 404].includes(httpStatusOf(company.error) ?? 0);
    return (
      <div className="page page-narrow">
        <BackLink />
        {missing ? (
          <div className="card stack">
            <h1>Company not found</h1>
            <p className="muted">It may have been deleted, or the address is wrong.</p>
          </div>
        ) : (
          <ErrorState error={company.error} onRetry={() => void company.refetch()} />
        )}
      </div>
    );
  }

  const data = company.data;
  return (
    <div className="page">
      <BackLink />
      <div className="page-header">
        {data ? <h1>{data.name}</h1> : <Skeleton height="1.8rem" width="14rem" />}
        {data && <FavoriteButton company={data} />}
        <span className="spacer" />
        <button type="button" onClick={() => setEditing(true)} disabled={!data}>
          Edit
        </button>
        <button type="button" className="button-danger" onClick={() => setDeleting(true)} disabled={!data}>
          Delete
        </button>
      </div>
      <div className="company-detail">
        <div className="stack">
          {data ? <CompanyFacts company={data} /> : <Skeleton height="14rem" />}
          <CompanyApplicationsSection companyId={companyId} companyName={data?.name} />
        </div>
        <CompanyStatsSection companyId={companyId} />
      </div>
      {data && <p className="small muted">Added {formatDateTime(data.created_at)} · updated {formatDateTime(data.updated_at)}</p>}
      {data && <CompanyFormDialog open={editing} onClose={() => setEditing(false)} existing={data} />}
      <DeleteCompanyDialog company={deleting && data ? data : null} onClose={() => setDeleting(false)} onDeleted={() => void navigate({ to: '/companies' })} />
    </div>
  );
}

function BackLink() {
  return (
    <p className="small">
      <Link to="/companies">← All companies</Link>
    </p>
  );
}
