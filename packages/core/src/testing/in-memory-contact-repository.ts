/** ContactRepository kept in memory, with the SQLite adapter's semantics: lowercased-name order
 * (code points) with the id breaking ties, literal case-insensitive search, owner scoping. */
import type { PageRequest } from '../applications/ports.js';
import { compareCodePoints } from '../companies/company-fields.js';
import type { Contact } from '../contacts/contact.js';
import type { ContactFilter, ContactRepository } from '../contacts/ports.js';
import { copyDocument } from './document-copy.js';
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

export class InMemoryContactRepository implements ContactRepository {
  private readonly documents = new Map<string, Contact>();

  async findById(userId: number, id: string): Promise<Contact | null> {
    const found = this.own(userId, id);
    return found ? copyDocument(found) : null;
  }

  async findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }> {
    const all = [...this.documents.values()].filter((contact) => contact.user_id === userId && matchesContact(contact, filter)).sort(byNameThenId);
    const end = page.limit === null ? undefined : page.offset + page.limit;
    return { total: all.length, items: all.slice(page.offset, end).map(copyDocument) };
  }

  async create(contact: Contact): Promise<void> {
    if (this.documents.has(contact.id)) throw new Error(`duplicate contact id ${contact.id}`);
    this.documents.set(contact.id, copyDocument(contact));
  }

  /** Runs without awaiting between read and write, so it is atomic like the real adapters'. */
  async update(userId: number, id: string, change: (current: Contact) => Contact): Promise<Contact | null> {
    const current = this.own(userId, id);
    if (!current) return null;
    const next = copyDocument({ ...change(copyDocument(current)), id, user_id: userId });
    this.documents.set(id, next);
    return copyDocument(next);
  }

  async delete(userId: number, id: string): Promise<boolean> {
    return this.own(userId, id) !== undefined && this.documents.delete(id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const doomed = [...this.documents.values()].filter((contact) => contact.user_id === userId);
    for (const contact of doomed) this.documents.delete(contact.id);
    return doomed.length;
  }

  private own(userId: number, id: string): Contact | undefined {
    const found = this.documents.get(id);
    return found?.user_id === userId ? found : undefined;
  }
}
