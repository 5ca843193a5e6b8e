/** One company: its facts, statistics and applications; edit and delete. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { errorText } from '../../lib/api-errors.js';
import { statusLabel } from '../../lib/statuses.js';
import { formatDate } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import { companyApplicationsQuery, companyDetailQuery, companyStatsQuery, useDeleteCompany, useUpdateCompany } from './companies-queries.js';
import { CompanyForm } from './company-form.js';

export function CompanyDetailRoute() {
  const { companyId = '' } = useParams({ strict: false });
  const navigate = useNavigate();
  const company = useQuery(companyDetailQuery(companyId));
  const stats = useQuery(companyStatsQuery(companyId));
  const applications = useQuery(companyApplicationsQuery(companyId));
  const update = useUpdateCompany();
  const remove = useDeleteCompany();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (company.isError) return <div className="page"><ErrorState error={company.error} onRetry={() => void company.refetch()} /></div>;
  if (!company.data) return <div className="page"><SkeletonList rows={5} height="3rem" label="Loading company" /></div>;
  const c = company.data;
  return (
    <div className="page page-narrow">
      <div className="page-header">
        <div className="stack" style={{ gap: '0.25rem' }}>
          <h1>{c.name}</h1>
          <p className="muted">{[c.industry, c.location, c.size].filter(Boolean).join(' · ')}</p>
        </div>
        <span className="spacer" />
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          Delete
        </button>
      </div>
      <section className="card stack" aria-labelledby="company-stats">
        <h2 id="company-stats">Statistics</h2>
        {stats.data ? (
          <div className="tiles-inline row">
            <span className="badge">{stats.data.total_applications} applications</span>
            <span className="badge">Average response: {stats.data.average_response_time} days</span>
            {Object.entries(stats.data.status_breakdown).map(([status, count]) => (
              <span key={status} className="badge">
                {statusLabel(status)}: {count}
              </span>
            ))}
          </div>
        ) : (
          <SkeletonList rows={1} height="1.5rem" label="Loading statistics" />
        )}
        {c.website && (
          <p>
            <a href={c.website} target="_blank" rel="noreferrer noopener">
              {c.website}
            </a>
          </p>
        )}
        {c.description && <p>{c.description}</p>}
        {c.tags.length > 0 && <p className="row">{c.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}</p>}
      </section>
      <section className="card stack" aria-labelledby="company-applications">
        <h2 id="company-applications">Applications</h2>
        {applications.data?.applications.length ? (
          <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.5rem' }}>
            {applications.data.applications.map((application) => (
              <li key={application.id} className="row">
                <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
                  {application.job.title}
                </Link>
                <span className="badge">{statusLabel(application.application?.status)}</span>
                <span className="small muted">{formatDate(application.application?.applied_date)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No applications use this exact company name.</p>
        )}
      </section>
      <Dialog open={editing} onClose={() => setEditing(false)} title="Edit company" labelledBy="company-form-title">
        <CompanyForm
          company={c}
          submitLabel="Save company"
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await update.mutateAsync({ ...body, id: c.id });
            showToast('Company saved.');
            setEditing(false);
          }}
        />
      </Dialog>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title="Delete company">
        <div className="dialog-body">
          <h2>Delete {c.name}?</h2>
          <p>Applications that mention it stay as they are.</p>
          <div className="form-actions">
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Keep it
            </button>
            <button
              type="button"
              className="button-danger"
              onClick={() =>
                remove.mutate(c.id, {
                  onSuccess: () => {
                    showToast(`Deleted ${c.name}.`);
                    void navigate({ to: '/companies' });
                  },
                  onError: (error) => showToast(`Could not delete: ${errorText(error)}`, 'error'),
                })
              }
            >
              Delete company
            </button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
