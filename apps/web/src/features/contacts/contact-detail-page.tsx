/** One contact: how to reach them, their applications and the interaction log; edit and delete. */
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Fact, FactList } from '../../components/facts.js';
import { BackLink, EditDeleteButtons, RecordDates, RecordLoadFailed } from '../../components/record-page.js';
import { Skeleton } from '../../components/skeleton.js';
import { ContactApplicationsSection } from './contact-applications-section.js';
import { ContactFormDialog } from './contact-form-dialog.js';
import { roleLine } from './contact-text.js';
import { contactQuery, type Contact } from './contacts-queries.js';
import { DeleteContactDialog } from './delete-contact-dialog.js';
import { InteractionLog } from './interaction-log.js';
import './contacts.css';

function ContactFacts({ contact }: { contact: Contact }) {
  const empty = !contact.email && !contact.phone && !contact.profile_url && !contact.notes;
  return (
    <section className="card stack" aria-labelledby="contact-facts-heading">
      <h2 id="contact-facts-heading">Details</h2>
      {empty ? (
        <p className="muted">No email, phone or notes yet: use Edit to add them.</p>
      ) : (
        <FactList>
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
        </FactList>
      )}
    </section>
  );
}

const BACK = { to: '/contacts', label: 'All contacts' } as const;

export function ContactDetailRoute() {
  const { contactId } = useParams({ from: '/app/contacts/$contactId' });
  const navigate = useNavigate();
  const contact = useQuery(contactQuery(contactId));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (contact.error) {
    const notFound = { title: 'Contact not found', text: 'They may have been deleted, or the address is wrong.' };
    return <RecordLoadFailed error={contact.error} onRetry={() => void contact.refetch()} back={BACK} notFound={notFound} />;
  }
  const data = contact.data;
  return (
    <div className="page page-narrow">
      <BackLink {...BACK} />
      <div className="page-header">
        <div className="stack" style={{ gap: '0.25rem' }}>
          {data ? <h1>{data.name}</h1> : <Skeleton height="1.8rem" width="14rem" />}
          {data && roleLine(data) && <p className="muted">{roleLine(data)}</p>}
        </div>
        <span className="spacer" />
        <EditDeleteButtons disabled={!data} onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
      </div>
      {data ? (
        <>
          <ContactFacts contact={data} />
          <ContactApplicationsSection contact={data} />
          <InteractionLog contact={data} />
          <RecordDates record={data} />
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
