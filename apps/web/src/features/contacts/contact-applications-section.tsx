/** A contact's applications: each links to its page and can be unlinked; "Link an application"
 * finds one of the person's applications by company, title or notes. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { TextField } from '../../components/field.js';
import { SkeletonList } from '../../components/skeleton.js';
import { errorText } from '../../lib/api-errors.js';
import { statusLabel } from '../../lib/statuses.js';
import { showToast } from '../../lib/toasts.js';
import { trpc } from '../../lib/trpc.js';
import { ApplicationLink } from './application-link.js';
import { contactApplicationsQuery, useLinkContact, type Contact } from './contacts-queries.js';

export function ContactApplicationsSection({ contact }: { contact: Contact }) {
  const applications = useQuery(contactApplicationsQuery(contact.id));
  const link = useLinkContact();
  const [finding, setFinding] = useState('');
  const term = finding.trim();
  const matches = useQuery({
    queryKey: ['applications', 'search', term],
    queryFn: () => trpc.applications.search.query({ q: term }),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
  const linked = new Set(contact.application_ids);
  const change = (applicationId: string, name: string, linking: boolean) =>
    link.mutate(
      { contactId: contact.id, applicationId, link: linking },
      {
        onSuccess: () => showToast(linking ? `Linked ${name}.` : `Unlinked ${name}.`),
        onError: (error) => showToast(`Could not change the link: ${errorText(error)}`, 'error'),
      },
    );

  return (
    <section className="card stack" aria-labelledby="contact-applications-heading">
      <h2 id="contact-applications-heading">Applications</h2>
      {applications.error ? (
        <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />
      ) : !applications.data ? (
        <SkeletonList rows={2} height="2.5rem" label="Loading applications" />
      ) : applications.data.length === 0 ? (
        <p className="muted">Not linked to any application yet.</p>
      ) : (
        <ul className="linked-list" aria-label={`Applications of ${contact.name}`}>
          {applications.data.map((application) => {
            const name = `${application.job.title} at ${application.company.name}`;
            return (
              <li key={application.id}>
                <ApplicationLink id={application.id}>{name}</ApplicationLink>
                <span className="badge">{statusLabel(application.application?.status ?? '')}</span>
                <button type="button" className="button-small" aria-label={`Unlink ${name}`} onClick={() => change(application.id, name, false)} disabled={link.isPending}>
                  Unlink
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="stack link-finder">
        <TextField label="Link an application" type="search" placeholder="Company, job title or notes" value={finding} onChange={(event) => setFinding(event.target.value)} />
        {term !== '' && matches.data && (
          <ul className="linked-list" aria-label="Matching applications" aria-busy={matches.isFetching}>
            {matches.data.length === 0 && <li className="muted">No application matches “{term}”.</li>}
            {matches.data.slice(0, 8).map((application) => {
              const name = `${application.job.title} at ${application.company.name}`;
              const isLinked = linked.has(application.id);
              return (
                <li key={application.id}>
                  <span>{name}</span>
                  <button type="button" className="button-small" aria-label={`Link ${name}`} disabled={isLinked || link.isPending} onClick={() => change(application.id, name, true)}>
                    {isLinked ? 'Linked' : 'Link'}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
