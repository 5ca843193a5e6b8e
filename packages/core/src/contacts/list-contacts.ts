/** The paginated contact list with its search: literal, case-insensitive text over name,
 * company, role and email, optionally narrowed to the contacts of one application. */
import { applicationIdOrFail } from '../applications/manage-applications.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageEnvelope, pageRequest, type PageEnvelope } from '../shared/page-numbers.js';
import type { Contact } from './contact.js';
import type { ContactFilter, ContactRepository } from './ports.js';

export type ContactListQuery = {
  /** 1-based; validated by the transport (contracts' `paginationQuery`). */
  page?: number;
  pageSize?: number;
  /** Search text; empty means no text filter. */
  q?: string;
  /** Only contacts linked to this application (a 24-hex id; 400 otherwise). */
  applicationId?: string;
};

export function contactFilterOf(query: Pick<ContactListQuery, 'q' | 'applicationId'>): ContactFilter {
  const filter: ContactFilter = {};
  const text = query.q?.trim();
  if (text) filter.anyTextContains = text;
  if (query.applicationId) filter.applicationId = applicationIdOrFail(query.applicationId);
  return filter;
}

export async function listContacts(
  deps: { contacts: Pick<ContactRepository, 'findPage'> },
  command: { userId: number; query: ContactListQuery },
): Promise<PageEnvelope<Contact>> {
  const { query } = command;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  // Built apart so the object also fits a page type without the cap field.
  const page = { page: query.page ?? 1, pageSize: pageSize > 0 && pageSize <= MAX_PAGE_SIZE ? pageSize : MAX_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE };
  const { total, items } = await deps.contacts.findPage(command.userId, contactFilterOf(query), pageRequest(page));
  return pageEnvelope(page, total, items);
}
