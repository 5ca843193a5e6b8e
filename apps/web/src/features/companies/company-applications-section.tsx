/** The applications that name a company (matched by exact name), newest first, each linking to
 * its own page. */
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { statusLabel } from '../../lib/statuses.js';
import { formatDate } from '../../lib/time.js';
import { ApplicationLink } from './application-link.js';
import { companyApplicationsQuery } from './companies-queries.js';

export function CompanyApplicationsSection({ companyId, companyName }: { companyId: string; companyName: string | undefined }) {
  const result = useQuery(companyApplicationsQuery(companyId));
  const applications = result.data?.applications;
  return (
    <section className="card stack" aria-labelledby="company-applications-title">
      <h2 id="company-applications-title">Applications{applications ? ` (${applications.length})` : ''}</h2>
      {result.error ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : !applications ? (
        <SkeletonList rows={3} height="2.75rem" label="Loading applications" />
      ) : applications.length === 0 ? (
        <p className="muted">
          No applications name {companyName ? `“${companyName}”` : 'this company'} yet. Applications count here when their company
          name is exactly the same, capitals included.
        </p>
      ) : (
        <ul className="company-applications" aria-label="Applications at this company">
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationLink id={application.id}>{application.job.title}</ApplicationLink>
              <span className="badge">{statusLabel(application.application?.status)}</span>
              <span className="small muted">Applied {formatDate(application.application?.applied_date)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
