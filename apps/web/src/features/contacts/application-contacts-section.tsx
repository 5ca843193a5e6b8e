/** The contacts of one application, on its detail view: each links to the contact's page and can
 * be unlinked; an existing contact can be linked (found by name, company, role or email), or a
 * new one added and linked at once. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { TextField } from '../../components/field.js';
import { SkeletonList } from '../../components/skeleton.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { ContactFormDialog } from './contact-form-dialog.js';
import { lastContactedText, roleLine } from './contact-text.js';
import { applicationContactsQuery, useContactMatches, useLinkContact } from './contacts-queries.js';
import './contacts.css';

export function ApplicationContactsSection({ applicationId }: { applicationId: string }) {
  const contacts = useQuery(applicationContactsQuery(applicationId));
  const link = useLinkContact();
  const [finding, setFinding] = useState('');
  const [adding, setAdding] = useState(false);
  const matches = useContactMatches(finding);
  const linked = new Set((contacts.data ?? []).map((contact) => contact.id));
  const change = (contactId: string, name: string, linking: boolean) =>
    link.mutateAsync({ contactId, applicationId, link: linking }).then(
      () => showToast(linking ? `Linked ${name}.` : `Unlinked ${name}.`),
      (error: unknown) => showToast(`Could not change the link: ${errorText(error)}`, 'error'),
    );

  return (
    <section className="card stack" aria-labelledby="application-contacts-heading">
      <div className="row">
        <h2 id="application-contacts-heading">Contacts</h2>
        <span className="spacer" />
        <button type="button" className="button-small" onClick={() => setAdding(true)}>
          Add a new contact
        </button>
      </div>
      {contacts.error ? (
        <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : !contacts.data ? (
        <SkeletonList rows={1} height="2.5rem" label="Loading contacts" />
      ) : contacts.data.length === 0 ? (
        <p className="muted">No contact linked: add the recruiter or the person who referred you.</p>
      ) : (
        <ul className="linked-list" aria-label="Contacts of this application">
          {contacts.data.map((contact) => (
            <li key={contact.id}>
              <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                {contact.name}
              </Link>
              {roleLine(contact) && <span className="small muted">{roleLine(contact)}</span>}
              <span className="small muted">{lastContactedText(contact)}</span>
              <button type="button" className="button-small" aria-label={`Unlink ${contact.name}`} disabled={link.isPending} onClick={() => void change(contact.id, contact.name, false)}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="stack link-finder">
        <TextField label="Link a contact" type="search" placeholder="Name, company, role or email" value={finding} onChange={(event) => setFinding(event.target.value)} />
        {finding.trim() !== '' && matches.data && (
          <ul className="linked-list" aria-label="Matching contacts" aria-busy={matches.isFetching}>
            {matches.data.results.length === 0 && <li className="muted">No contact matches “{finding.trim()}”.</li>}
            {matches.data.results.map((contact) => (
              <li key={contact.id}>
                <span>
                  {contact.name}
                  {roleLine(contact) && <span className="small muted"> · {roleLine(contact)}</span>}
                </span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={`Link ${contact.name}`}
                  disabled={linked.has(contact.id) || link.isPending}
                  onClick={() => void change(contact.id, contact.name, true)}
                >
                  {linked.has(contact.id) ? 'Linked' : 'Link'}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ContactFormDialog open={adding} onClose={() => setAdding(false)} onCreated={(contact) => change(contact.id, contact.name, true)} />
    </section>
  );
}
