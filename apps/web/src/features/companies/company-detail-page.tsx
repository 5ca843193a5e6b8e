/** One company: what is known about it, its statistics and the applications that name it. */
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { BackLink, EditDeleteButtons, RecordDates, RecordLoadFailed } from '../../components/record-page.js';
import { Skeleton } from '../../components/skeleton.js';
import { companyQuery } from './companies-queries.js';
import { CompanyApplicationsSection } from './company-applications-section.js';
import { CompanyFacts } from './company-facts.js';
import { CompanyFormDialog } from './company-form-dialog.js';
import { CompanyStatsSection } from './company-stats-section.js';
import { DeleteCompanyDialog } from './delete-company-dialog.js';
import { FavoriteButton } from './favorite-button.js';
import './companies.css';

const BACK = { to: '/companies', label: 'All companies' } as const;

export function CompanyDetailRoute() {
  const { companyId } = useParams({ from: '/app/companies/$companyId' });
  const navigate = useNavigate();
  const company = useQuery(companyQuery(companyId));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (company.error) {
    const notFound = { title: 'Company not found', text: 'It may have been deleted, or the address is wrong.' };
    return <RecordLoadFailed error={company.error} onRetry={() => void company.refetch()} back={BACK} notFound={notFound} />;
  }

  const data = company.data;
  return (
    <div className="page">
      <BackLink {...BACK} />
      <div className="page-header">
        {data ? <h1>{data.name}</h1> : <Skeleton height="1.8rem" width="14rem" />}
        {data && <FavoriteButton company={data} />}
        <span className="spacer" />
        <EditDeleteButtons disabled={!data} onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
      </div>
      <div className="company-detail">
        <div className="stack">
          {data ? <CompanyFacts company={data} /> : <Skeleton height="14rem" />}
          <CompanyApplicationsSection companyId={companyId} companyName={data?.name} />
        </div>
        <CompanyStatsSection companyId={companyId} />
      </div>
      {data && <RecordDates record={data} />}
      {data && <CompanyFormDialog open={editing} onClose={() => setEditing(false)} existing={data} />}
      <DeleteCompanyDialog company={deleting && data ? data : null} onClose={() => setDeleting(false)} onDeleted={() => void navigate({ to: '/companies' })} />
    </div>
  );
}
