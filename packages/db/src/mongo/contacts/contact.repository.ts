/** ContactRepository on the `contacts` collection. */
import type { Contact, ContactFilter, ContactRepository, PageRequest } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import type { FindOptions, MinimalCollection, MinimalDb } from '../minimal-db.js';
import { ownDocument } from '../object-id.js';
import { eqInteger } from '../safe-values.js';
import { updateVersioned, VERSION_FIELD } from '../versioned-update.js';
import { BY_NAME, matchingContacts } from './contact.filter.js';
import { contactFromDoc, contactToDoc, newContactDoc } from './contact.mapper.js';

export class MongoContactRepository implements ContactRepository {
  private readonly contacts: MinimalCollection;

  constructor(db: MinimalDb) {
    this.contacts = db.collection(COLLECTIONS.contacts);
  }

  async findById(userId: number, id: string): Promise<Contact | null> {
    const filter = ownDocument(userId, id);
    const doc = filter && (await this.contacts.findOne(filter));
    return doc ? contactFromDoc(doc) : null;
  }

  async findPage(userId: number, filter: ContactFilter, page: PageRequest): Promise<{ total: number; items: Contact[] }> {
    const query = matchingContacts(userId, filter);
    const options: FindOptions = { sort: BY_NAME, skip: page.offset };
    if (page.limit !== null) options.limit = page.limit;
    const [total, docs] = await Promise.all([this.contacts.countDocuments(query), this.contacts.find(query, options).toArray()]);
    return { total, items: docs.map(contactFromDoc) };
  }

  async create(contact: Contact): Promise<void> {
    await this.contacts.insertOne({ ...newContactDoc(contact), [VERSION_FIELD]: 0 });
  }

  async update(userId: number, id: string, change: (current: Contact) => Contact): Promise<Contact | null> {
    const filter = ownDocument(userId, id);
    if (!filter) return null;
    const stored = await updateVersioned(this.contacts, filter, (doc) =>
      // The key is not `change`'s to move: the document stays this user's, under this id.
      contactToDoc({ ...change(contactFromDoc(doc)), id, user_id: userId }),
    );
    return stored ? contactFromDoc(stored) : null;
  }

  async delete(userId: number, id: string): Promise<boolean> {
    const filter = ownDocument(userId, id);
    return filter !== null && (await this.contacts.deleteOne(filter)).deletedCount > 0;
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    return (await this.contacts.deleteMany({ user_id: eqInteger(userId) })).deletedCount;
  }
}
