/** ContactRepository on the `contacts` table (documents plus indexed columns). */
import type { Contact, ContactFilter, ContactRepository, PageRequest } from '@jobtracker/core';
import { DocumentTable, type DocumentRow } from '../document-table.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { matchingContacts } from './contact.filter.js';
import { contactFromRow, contactToRow } from './contact.mapper.js';

export class SqliteContactRepository implements ContactRepository {
  readonly #conn: SqliteConnection;
  readonly #documents: DocumentTable<Contact>;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
    this.#documents = new DocumentTable(conn, {
      table: 'contacts',
      fromRow: contactFromRow,
      toRow: (contact) => contactToRow(contact) as Record<string, unknown> & DocumentRow,
      // BINARY collation: code-point order of the lowercased name, as the other stores sort.
      pageOrder: 'name_lc, id',
      versioned: false,
    });
  }

  async findById(userId: number, id: string): Promise<Contact | null> {
    return this.#documents.findById(userId, id);
  }

  async findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }> {
    return this.#documents.findPage(matchingContacts(userId, filter), page);
  }

  create(contact: Contact): Promise<void> {
    return this.#documents.create(contact);
  }

  update(userId: number, id: string, change: (current: Contact) => Contact): Promise<Contact | null> {
    return this.#documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.#documents.delete(userId, id);
  }

  deleteAllOfUser(userId: number): Promise<number> {
    return this.#conn.write(() => this.#conn.run({ sql: 'delete from contacts where user_id = ?', parameters: [userId] }).changes);
  }
}
