/** ContactRepository on the `contacts` table (documents plus indexed columns). */
import type { Contact, ContactFilter, ContactRepository, PageRequest } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import { DocumentTable } from '../document-table.js';
import type { Database } from '../schema.js';
import { matchingContacts } from './contact.filter.js';
import { contactFromRow, contactToRow } from './contact.mapper.js';

export class SqliteContactRepository implements ContactRepository {
  private readonly documents: DocumentTable<'contacts', Contact>;

  constructor(private readonly db: Kysely<Database>) {
    this.documents = new DocumentTable(db, {
      table: 'contacts',
      fromRow: contactFromRow,
      toRow: contactToRow,
      // BINARY collation: code-point order of the lowercased name, as the other stores sort.
      pageOrder: (query) => query.orderBy('name_lc').orderBy('id'),
    });
  }

  findById(userId: number, id: string): Promise<Contact | null> {
    return this.documents.findById(userId, id);
  }

  findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }> {
    return this.documents.findPage(matchingContacts(userId, filter), page);
  }

  create(contact: Contact): Promise<void> {
    return this.documents.create(contact);
  }

  update(userId: number, id: string, change: (current: Contact) => Contact): Promise<Contact | null> {
    return this.documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.documents.delete(userId, id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const result = await this.db.deleteFrom('contacts').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
