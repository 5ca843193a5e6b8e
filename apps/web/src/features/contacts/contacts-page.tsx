/** The Contacts page: search in the URL, a page of contacts (name, role, how to reach them, when
 * last contacted, how many applications), and "Add contact". */
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { ContactFormDialog } from './contact-form-dialog.js';
import { lastContactedText, roleLine } from './contact-text.js';
import { ContactsFilter } from './contacts-filter.js';
import { PAGE_SIZE, useContactPage } from './contacts-queries.js';
import './contacts.css';

export function ContactsPage() {
  const search = useSearch({ from: '/app/contacts' });
  const navigate = useNavigate({ from: '/contacts' });
  const page = useContactPage(search);
  const [adding, setAdding] = useState(false);
  const setQuery = useCallback((q: string) => void navigate({ search: q.trim() ? { q } : {}, replace: true }), [navigate]);
  const goToPage = (target: number) => void navigate({ search: (prev) => ({ ...prev, page: target > 1 ? target : undefined }) });
  const data = page.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1;
  const current = search.page ?? 1;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Contacts</h1>
        <span className="muted" aria-live="polite">
          {data ? `${data.count} ${data.count === 1 ? 'contact' : 'contacts'}` : ''}
        </span>
        <span className="spacer" />
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          Add contact
        </button>
      </div>
      <ContactsFilter q={search.q ?? ''} onChange={setQuery} />
      {page.error ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : !data ? (
        <SkeletonList rows={5} height="4.5rem" label="Loading contacts" />
      ) : data.count === 0 ? (
        <div className="card stack contacts-empty">
          {search.q ? (
            <>
              <h2>No contacts match</h2>
              <p className="muted">Nobody’s name, company, role or email contains “{search.q}”.</p>
            </>
          ) : (
            <>
              <h2>No contacts yet</h2>
              <p className="muted">Keep the recruiters, hiring managers and referrals of your search here, linked to the applications they are part of, with a log of every call and message.</p>
              <div>
                <button type="button" className="button-primary" onClick={() => setAdding(true)}>
                  Add your first contact
                </button>
              </div>
            </>
          )}
        </div>
      ) : (
        <>
          <ul className="contact-list" aria-label="Contacts" aria-busy={page.isFetching}>
            {data.results.map((contact) => (
              <li key={contact.id} className="card contact-item">
                <div className="contact-item-main">
                  <Link to="/contacts/$contactId" params={{ contactId: contact.id }} className="contact-name">
                    {contact.name}
                  </Link>
                  {roleLine(contact) && <span className="muted">{roleLine(contact)}</span>}
                </div>
                <div className="contact-item-meta small">
                  {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                  {contact.phone && <span>{contact.phone}</span>}
                </div>
                <div className="contact-item-meta small muted">
                  <span>{lastContactedText(contact)}</span>
                  <span>
                    {contact.application_ids.length} {contact.application_ids.length === 1 ? 'application' : 'applications'}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          {(pageCount > 1 || current > 1) && (
            <nav className="row contacts-pager" aria-label="Contacts pages">
              <button type="button" onClick={() => goToPage(current - 1)} disabled={current <= 1}>
                Previous
              </button>
              <span className="small">
                Page {current} of {Math.max(current, pageCount)}
              </span>
              <button type="button" onClick={() => goToPage(current + 1)} disabled={current >= pageCount}>
                Next
              </button>
            </nav>
          )}
        </>
      )}
      <ContactFormDialog
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(contact) => void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })}
      />
    </div>
  );
}
