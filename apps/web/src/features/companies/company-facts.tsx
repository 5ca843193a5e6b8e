/** What is known about a company: the facts, its tags, contacts, description and notes. */
import type { ReactNode } from 'react';
import { Fact, FactList } from '../../components/facts.js';
import { TagList } from '../../components/tag-list.js';
import type { Company } from './companies-queries.js';
import { formatRating } from './company-card.js';

export function CompanyFacts({ company }: { company: Company }) {
  const contact = company.contact_info ?? {};
  const facts: Array<[string, ReactNode]> = [
    ['Industry', company.industry],
    ['Location', company.location],
    ['Size', company.size],
    ['Website', company.website ? <ExternalLink href={company.website} /> : null],
    ['Glassdoor rating', company.glassdoor_rating === null ? null : formatRating(company.glassdoor_rating)],
  ];
  const contacts: Array<[string, ReactNode]> = [
    ['Recruiter', contact.recruiter_name],
    ['Recruiter email', contact.recruiter_email ? <a href={`mailto:${contact.recruiter_email}`}>{contact.recruiter_email}</a> : null],
    ['Recruiter phone', contact.recruiter_phone ? <a href={`tel:${contact.recruiter_phone}`}>{contact.recruiter_phone}</a> : null],
    ['HR contact', contact.hr_contact],
  ];
  const shownContacts = contacts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <section className="card stack" aria-labelledby="company-about">
      <h2 id="company-about">About</h2>
      <FactList narrow>
        {facts.map(([label, value]) => (
          <Fact key={label} label={label} always>
            {value}
          </Fact>
        ))}
      </FactList>
      {company.tags.length > 0 && (
        <TagList tags={company.tags} label="Tags" />
      )}
      {company.description && <p className="company-text">{company.description}</p>}
      <h3>Contacts</h3>
      {shownContacts.length > 0 ? (
        <FactList narrow>
          {shownContacts.map(([label, value]) => (
            <Fact key={label} label={label}>
              {value}
            </Fact>
          ))}
        </FactList>
      ) : (
        <p className="muted small">No contacts yet. Add a recruiter or HR contact with Edit.</p>
      )}
      <h3>Notes</h3>
      {company.notes ? <p className="company-text">{company.notes}</p> : <p className="muted small">No notes yet.</p>}
    </section>
  );
}

/** Only web addresses become links (a stored value could be any text). */
function ExternalLink({ href }: { href: string }) {
  if (!/^https?:\/\//i.test(href)) return <>{href}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {href.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
    </a>
  );
}
