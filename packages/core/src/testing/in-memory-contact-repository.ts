/** ContactRepository kept in memory, with the SQLite adapter's semantics: lowercased-name order
 * (code points) with the id breaking ties, literal case-insensitive search, owner scoping. */
import type { PageRequest } from '../applications/ports.js';
import { compareCodePoints } from '../companies/company-fields.js';
import type { Contact } from '../contacts/contact.js';
import type { ContactFilter, ContactRepository } from '../contacts/ports.js';
import { InMemoryDocumentRepository } from './in-memory-document-repository.js';
import { containsIgnoringCase, foldCase } from './text-match.js';

function matchesContact(contact: Contact, filter: ContactFilter): boolean {
  if (filter.applicationId !== undefined && !contact.application_ids.includes(filter.applicationId)) return false;
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    if (![contact.name, contact.company, contact.role, contact.email].some((text) => containsIgnoringCase(text, term))) return false;
  }
  return true;
}

const byNameThenId = (a: Contact, b: Contact): number =>
  compareCodePoints(foldCase(a.name), foldCase(b.name)) || compareCodePoints(a.id, b.id);

export class InMemoryContactRepository extends InMemoryDocumentRepository<Contact> implements ContactRepository {
  constructor() {
    super('contact');
  }

  async findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }> {
    return this.pageOf(this.ownedWhere(userId, (contact) => matchesContact(contact, filter)).sort(byNameThenId), page);
  }
}
