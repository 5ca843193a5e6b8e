/** Everything about one application: facts, status, favorite, timeline, contacts, attachments,
 * edit, delete. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorState } from '../../components/error-state.js';
import { Fact, FactList } from '../../components/facts.js';
import { SelectField } from '../../components/field.js';
import { SkeletonList } from '../../components/skeleton.js';
import { TagList } from '../../components/tag-list.js';
import { errorText } from '../../lib/api-errors.js';
import { isStatus, STATUSES, statusLabel } from '../../lib/statuses.js';
import { formatDate, formatDateTime } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import type { Application } from '../../lib/trpc.js';
import { ApplicationContactsSection } from '../contacts/index.js';
import { daysSinceApplied, isStale, STALE_AFTER_DAYS } from './activity.js';
import { detailQuery } from './applications-queries.js';
import { AttachmentsSection } from './attachments-section.js';
import { CloseAsNoResponseDialog, type CloseTarget } from './close-no-response-dialog.js';
import { canCloseAsNoResponse, closedAsNoResponseOn } from './closing.js';
import { FollowUpSection } from './follow-up-section.js';
import { TimelineSection } from './timeline-section.js';
import { useDeleteApplication, useToggleFavorite } from './use-application-mutations.js';
import { useChangeStatus } from './use-change-status.js';
import './applications.css';

function salaryText(application: Application): string | null {
  const { salary_min: min, salary_max: max, currency } = application.job;
  if (min === null && max === null) return null;
  const format = (n: number | null) => (n === null ? '…' : new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(n));
  return `${format(min)} – ${format(max)} ${currency}`;
}

function Detail({ application }: { application: Application }) {
  const navigate = useNavigate();
  const changeStatus = useChangeStatus();
  const favorite = useToggleFavorite();
  const remove = useDeleteApplication();
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState<CloseTarget | null>(null);
  const closedOn = closedAsNoResponseOn(application);
  const status = application.application?.status ?? '';
  const days = daysSinceApplied(application);
  const deleteNow = () =>
    remove.mutate(application.id, {
      onSuccess: () => {
        showToast(`Deleted “${application.job.title}”.`);
        void navigate({ to: '/applications' });
      },
      onError: (error) => showToast(`Could not delete: ${errorText(error)}`, 'error'),
    });
  return (
    <div className="page page-narrow">
      <div className="page-header">
        <div className="stack" style={{ gap: '0.25rem' }}>
          <p className="muted">{application.company.name}</p>
          <h1>{application.job.title}</h1>
          <p className="row small muted">
            <span className="badge">{statusLabel(status)}</span>
            <span>{days === 0 ? 'Applied today' : `Applied ${days} days ago`}</span>
            {closedOn ? (
              <span className="badge badge-closed">Closed: no response, {formatDate(closedOn)}</span>
            ) : (
              isStale(application) && <span className="badge badge-warning">No activity for {STALE_AFTER_DAYS}+ days</span>
            )}
          </p>
        </div>
        <span className="spacer" />
        <button type="button" aria-pressed={application.is_favorite} onClick={() => favorite.mutate(application)}>
          <span aria-hidden="true">{application.is_favorite ? '★' : '☆'}</span> Favorite
        </button>
        <Link className="button" to="/applications/$applicationId/edit" params={{ applicationId: application.id }}>
          Edit
        </Link>
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          Delete
        </button>
      </div>

      <section className="card stack" aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <div className="row">
          <SelectField
            label="Current status"
            value={isStatus(status) ? status : ''}
            onChange={(event) => {
              const next = event.target.value;
              if (isStatus(next)) changeStatus.mutate({ application, status: next });
            }}
            hint="Changing it records a status change on the timeline."
          >
            {!isStatus(status) && <option value="">{statusLabel(status)}</option>}
            {STATUSES.map((item) => (
              <option key={item} value={item}>
                {statusLabel(item)}
              </option>
            ))}
          </SelectField>
          {canCloseAsNoResponse(application) && (
            <button type="button" onClick={() => setClosing({ id: application.id, company: application.company.name, title: application.job.title })}>
              Close as no response
            </button>
          )}
        </div>
      </section>

      <FollowUpSection application={application} />

      <section className="card stack" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <FactList>
          <Fact label="Company">{application.company.name}</Fact>
          <Fact label="Website">{application.company.website && <a href={application.company.website} rel="noreferrer noopener" target="_blank">{application.company.website}</a>}</Fact>
          <Fact label="Industry">{application.company.industry}</Fact>
          <Fact label="Location">{application.company.location}</Fact>
          <Fact label="Size">{application.company.size}</Fact>
          <Fact label="Job posting">{application.job.job_url && <a href={application.job.job_url} rel="noreferrer noopener" target="_blank">Open posting</a>}</Fact>
          <Fact label="Employment">{application.job.employment_type}</Fact>
          <Fact label="Work mode">{application.job.work_mode}</Fact>
          <Fact label="Level">{application.job.experience_level}</Fact>
          <Fact label="Salary">{salaryText(application)}</Fact>
          <Fact label="Applied on">{formatDate(application.application?.applied_date)}</Fact>
          <Fact label="Source">{application.application?.source}</Fact>
          <Fact label="Referral">{application.application?.referral_name}</Fact>
          <Fact label="Resume version">{application.application?.resume_version}</Fact>
          <Fact label="Years of experience">{application.requirements?.years_experience ?? undefined}</Fact>
          <Fact label="Education">{application.requirements?.education}</Fact>
          <Fact label="Created">{formatDateTime(application.created_at)}</Fact>
          <Fact label="Updated">{formatDateTime(application.updated_at)}</Fact>
        </FactList>
        {(['skills_required', 'skills_preferred'] as const).map((key) =>
          application.requirements?.[key].length ? (
            <div key={key} className="stack" style={{ gap: '0.35rem' }}>
              <h3>{key === 'skills_required' ? 'Required skills' : 'Preferred skills'}</h3>
              <TagList tags={application.requirements[key]} />
            </div>
          ) : null,
        )}
        {application.job.description && (
          <div className="stack" style={{ gap: '0.35rem' }}>
            <h3>Job description</h3>
            <p className="prewrap">{application.job.description}</p>
          </div>
        )}
        {application.application?.cover_letter && (
          <div className="stack" style={{ gap: '0.35rem' }}>
            <h3>Cover letter</h3>
            <p className="prewrap">{application.application.cover_letter}</p>
          </div>
        )}
        {application.notes && (
          <div className="stack" style={{ gap: '0.35rem' }}>
            <h3>Notes</h3>
            <p className="prewrap">{application.notes}</p>
          </div>
        )}
      </section>

      <TimelineSection application={application} />
      <ApplicationContactsSection applicationId={application.id} />
      <AttachmentsSection application={application} />

      <CloseAsNoResponseDialog target={closing} onClose={() => setClosing(null)} />
      <ConfirmDialog
        open={confirming}
        heading="Delete this application?"
        headingId="delete-application-title"
        confirmLabel="Delete application"
        cancelLabel="Keep it"
        pending={remove.isPending}
        onConfirm={deleteNow}
        onCancel={() => setConfirming(false)}
      >
        <p>
          “{application.job.title}” at {application.company.name} and its timeline will be removed. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}

export function ApplicationDetailRoute() {
  const { applicationId = '' } = useParams({ strict: false });
  const query = useQuery(detailQuery(applicationId));
  if (query.isPending) {
    return (
      <div className="page page-narrow">
        <SkeletonList rows={6} height="4rem" label="Loading application" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="page page-narrow">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return <Detail application={query.data} />;
}
