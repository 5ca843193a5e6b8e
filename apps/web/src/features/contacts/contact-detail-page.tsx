/** One contact: how to reach them, their applications and the interaction log; edit and delete. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { Skeleton } from '../../components/skeleton.js';
import { httpStatusOf } from '../../lib/api-errors.js';
import { formatDateTime } from '../../lib/time.js';
import { ContactApplicationsSection } from './contact-applications-section.js';
import { ContactFormDialog } from './contact-form-dialog.js';
import { roleLine } from './contact-text.js';
import { contactQuery, type Contact } from './contacts-queries.js';
import { DeleteContactDialog } from './delete-contact-dialog.js';
import { InteractionLog } from './interaction-log.js';
import './contacts.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="contact-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ContactFacts({ contact }: { contact: Contact }) {
  const empty = !contact.email && !contact.phone && !contact.profile_url && !contact.notes;
  return (
    <section className="card stack" aria-labelledby="contact-facts-heading">
      <h2 id="contact-facts-heading">Details</h2>
      {empty ? (
        <p className="muted">No email, phone or notes yet: use Edit to add them.</p>
      ) : (
        <dl className="contact-facts">
          <Fact label="Email">{contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}</Fact>
          <Fact label="Phone">{contact.phone && <a href={`tel:${contact.phone}`}>{contact.phone}</a>}</Fact>
          <Fact label="Profile">
            {contact.profile_url && (
              <a href={contact.profile_url} rel="noreferrer noopener" target="_blank">
                {contact.profile_url}
              </a>
            )}
          </Fact>
          <Fact label="Notes">{contact.notes && <span className="prewrap">{contact.notes}</span>}</Fact>
        </dl>
      )}
    </section>
  );
}

export function ContactDetailRoute() {
  const { contactId } = useParams({ from: '/app/contacts/$contactId' });
  const navigate = useNavigate();
  const contact = useQuery(contactQuery(contactId));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (contact.error) {
    const missing = [400, 404].includes(httpStatusOf(contact.error) ?? 0);
    return (
      <div className="page page-narrow">
        <BackLink />
        {missing ? (
          <div className="card stack">
            <h1>Contact not found</h1>
            <p className="muted">They may have been deleted, or the address is wrong.</p>
          </div>
        ) : (
          <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />
        )}
      </div>
    );
  }
  const data = contact.data;
  return (
    <div className="page page-narrow">
      <BackLink />
      <div className="page-header">
        <div className="stack" style={{ gap: '0.25rem' }}>
          {data ? <h1>{data.name}</h1> : <Skeleton height="1.8rem" width="14rem" />}
          {data && roleLine(data) && <p className="muted">{roleLine(data)}</p>}
        </div>
        <span className="spacer" />
        <button type="button" onClick={() => setEditing(true)} disabled={!data}>
          Edit
        </button>
        <button type="button" className="button-danger" onClick={() => setDeleting(true)} disabled={!data}>
          Delete
        </button>
      </div>
      {data ? (
        <>
          <ContactFacts contact={data} />
          <ContactApplicationsSection contact={data} />
          <InteractionLog contact={data} />
          <p className="small muted">
            Added {formatDateTime(data.created_at)} · updated {formatDateTime(data.updated_at)}
          </p>
          <ContactFormDialog open={editing} onClose={() => setEditing(false)} existing={data} />
        </>
      ) : (
        <div className="stack" role="status" aria-label="Loading contact">
          <Skeleton height="8rem" />
          <Skeleton height="8rem" />
        </div>
      )}
      <DeleteContactDialog contact={deleting && data ? data : null} onClose={() => setDeleting(false)} onDeleted={() => void navigate({ to: '/contacts' })} />
    </div>
  );
}

function BackLink() {
  return (
    <p className="small">
      <Link to="/contacts">← All contacts</Link>
    </p>
  );
}
