/** What contact use cases need from storage. Every method is scoped to one owner; text filters
 * are literal, case-insensitive substrings, never patterns. */
import type { PageRequest } from '../applications/ports.js';
import type { Contact } from './contact.js';

export type ContactFilter = {
  /** Case-insensitive substring of `name`, `company`, `role` or `email` (search). */
  anyTextContains?: string;
  /** Contacts linked to this application id (exact). */
  applicationId?: string;
};

export interface ContactRepository {
  findById(userId: number, id: string): Promise<Contact | null>;
  /** Sorted by lowercased name in code-point order, then by id; reads only the page and the count. */
  findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }>;
  create(contact: Contact): Promise<void>;
  /** Atomic read-modify-write of one contact; errors thrown by `change` abort it. Null when the
   * contact does not exist for this user. */
  update(userId: number, id: string, change: (current: Contact) => Contact): Promise<Contact | null>;
  delete(userId: number, id: string): Promise<boolean>;
  /** Deletes every contact of the user (account deletion, failed restores); returns how many. */
  deleteAllOfUser(userId: number): Promise<number>;
}
