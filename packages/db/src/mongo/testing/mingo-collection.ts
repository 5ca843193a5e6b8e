/** One collection of the in-process database: documents in an array, queried, updated and
 * aggregated by mingo (MongoDB's query language in JavaScript). Each operation waits one turn of
 * the event loop and then runs whole, so concurrent callers interleave between operations, never
 * inside one: the single-document atomicity MongoDB guarantees, and no more. */
import { Aggregator, Query } from 'mingo';
import { update as applyUpdate } from 'mingo/updater';
import { ObjectId } from 'mongodb';
import type { Document, FindOptions, IndexOptions, MinimalCollection, MinimalCursor, SortSpec, UpdateCounts } from '../minimal-db.js';
import { isPlainObject } from '../safe-values.js';
import { bsonCopy } from './bson-copy.js';
import { sortDocuments } from './bson-order.js';
import { ID_INDEX, UniqueEntries, type UniqueIndex } from './unique-indexes.js';

type IndexRecord = { name: string; keys: SortSpec; unique: boolean; expireAfterSeconds?: number; partialFilterExpression?: Document };

const NOTHING_MATCHED: UpdateCounts = { matchedCount: 0, modifiedCount: 0 };

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class MingoCollection implements MinimalCollection {
  private documents: Document[] = [];
  private readonly indexRecords = new Map<string, IndexRecord>();
  /** Kept on inserts; dropped on every other change, and rebuilt when next needed. */
  private uniqueEntries: UniqueEntries | null = null;

  constructor(readonly name: string) {}

  async insertOne(document: Document): Promise<{ acknowledged: true; insertedId: unknown }> {
    await nextTurn();
    // The driver gives a document without `_id` a new ObjectId, on the caller's object too.
    document['_id'] ??= new ObjectId();
    const stored = bsonCopy(document);
    this.insert(stored);
    return { acknowledged: true, insertedId: stored['_id'] };
  }

  /** Unordered, as the store asks: each document is tried; the refused ones are reported
   * together, in the driver's shape (`code` of the first, `writeErrors` with each `index`). */
  async insertMany(documents: Document[], _options: { ordered: false }): Promise<{ acknowledged: true; insertedCount: number }> {
    await nextTurn();
    const writeErrors: Array<{ index: number; code: unknown; errmsg: string }> = [];
    documents.forEach((document, index) => {
      document['_id'] ??= new ObjectId();
      const stored = bsonCopy(document);
      try {
        this.insert(stored);
      } catch (error) {
        writeErrors.push({ index, code: (error as { code?: unknown }).code, errmsg: (error as Error).message });
      }
    });
    if (writeErrors.length > 0) {
      throw Object.assign(new Error(writeErrors[0]?.errmsg), { name: 'MongoBulkWriteError', code: writeErrors[0]?.code, writeErrors });
    }
    return { acknowledged: true, insertedCount: documents.length };
  }

  async findOne(filter: Document, options: Omit<FindOptions, 'skip' | 'limit'> = {}): Promise<Document | null> {
    await nextTurn();
    return this.select(filter, { ...options, limit: 1 })[0] ?? null;
  }

  find(filter: Document, options: FindOptions = {}): MinimalCursor<Document> {
    return {
      toArray: async () => {
        await nextTurn();
        return this.select(filter, options);
      },
    };
  }

  async countDocuments(filter: Document): Promise<number> {
    await nextTurn();
    return this.select(filter, {}).length;
  }

  async updateOne(filter: Document, update: Document): Promise<UpdateCounts> {
    await nextTurn();
    const index = this.firstMatch(filter);
    if (index < 0) return NOTHING_MATCHED;
    return { matchedCount: 1, modifiedCount: this.modify(index, update) ? 1 : 0 };
  }

  async updateMany(filter: Document, update: Document): Promise<UpdateCounts> {
    await nextTurn();
    const query = new Query(bsonCopy(filter));
    let matchedCount = 0;
    let modifiedCount = 0;
    this.documents.forEach((document, index) => {
      if (!query.test(document)) return;
      matchedCount += 1;
      if (this.modify(index, update)) modifiedCount += 1;
    });
    return { matchedCount, modifiedCount };
  }

  async replaceOne(filter: Document, replacement: Document): Promise<UpdateCounts> {
    await nextTurn();
    if (Object.keys(replacement).some((key) => key.startsWith('$'))) {
      throw new Error('Replacement document must not contain atomic operators');
    }
    const index = this.firstMatch(filter);
    if (index < 0) return NOTHING_MATCHED;
    const current = this.documents[index] as Document;
    const { _id: newId, ...fields } = bsonCopy(replacement);
    if (newId !== undefined && !new Query({ _id: newId }).test(current)) {
      throw new Error("After applying the update, the (immutable) field '_id' was found to have been altered");
    }
    const next = { _id: current['_id'], ...fields };
    this.replaceAt(index, next);
    return { matchedCount: 1, modifiedCount: 1 };
  }

  async findOneAndUpdate(
    filter: Document,
    update: Document,
    options: { upsert?: boolean; returnDocument: 'before' | 'after' },
  ): Promise<Document | null> {
    await nextTurn();
    const index = this.firstMatch(filter);
    if (index >= 0) {
      const before = bsonCopy(this.documents[index] as Document);
      this.modify(index, update);
      return options.returnDocument === 'after' ? bsonCopy(this.documents[index] as Document) : before;
    }
    if (!options.upsert) return null;
    const inserted = seedFromFilter(filter);
    applyUpdate(inserted, bsonCopy(requireOperators(update)));
    inserted['_id'] ??= new ObjectId();
    this.insert(inserted);
    return options.returnDocument === 'after' ? bsonCopy(inserted) : null;
  }

  async deleteOne(filter: Document): Promise<{ deletedCount: number }> {
    await nextTurn();
    const index = this.firstMatch(filter);
    if (index < 0) return { deletedCount: 0 };
    this.documents.splice(index, 1);
    this.uniqueEntries = null;
    return { deletedCount: 1 };
  }

  async deleteMany(filter: Document): Promise<{ deletedCount: number }> {
    await nextTurn();
    const query = new Query(bsonCopy(filter));
    const kept = this.documents.filter((document) => !query.test(document));
    const deletedCount = this.documents.length - kept.length;
    this.documents = kept;
    this.uniqueEntries = null;
    return { deletedCount };
  }

  aggregate(pipeline: Document[]): MinimalCursor<Document> {
    return {
      toArray: async () => {
        await nextTurn();
        return bsonCopy(new Aggregator(bsonCopy(pipeline)).run(this.documents) as Document[]);
      },
    };
  }

  async createIndex(keys: SortSpec, options: IndexOptions = {}): Promise<string> {
    await nextTurn();
    const name = options.name ?? Object.entries(keys).map(([path, direction]) => `${path}_${direction}`).join('_');
    const record: IndexRecord = { name, keys: { ...keys }, unique: options.unique === true };
    if (options.expireAfterSeconds !== undefined) record.expireAfterSeconds = options.expireAfterSeconds;
    if (options.partialFilterExpression !== undefined) record.partialFilterExpression = bsonCopy(options.partialFilterExpression);
    const existing = this.indexRecords.get(name);
    if (existing) {
      if (JSON.stringify(existing) !== JSON.stringify(record)) {
        throw Object.assign(new Error(`An index named ${name} exists with different options`), { code: 85 });
      }
      return name;
    }
    // Building the new index's entries refuses documents that already break it.
    if (record.unique) new UniqueEntries(this.name, [record], this.documents);
    this.indexRecords.set(name, record);
    this.uniqueEntries = null;
    return name;
  }

  /** The indexes as the driver's `Collection#indexes()` lists them (`_id_` first). */
  async indexes(): Promise<Document[]> {
    await nextTurn();
    const described = [...this.indexRecords.values()].map(({ name, keys, unique, expireAfterSeconds, partialFilterExpression }) => ({
      v: 2,
      key: keys,
      name,
      ...(unique ? { unique } : {}),
      ...(expireAfterSeconds === undefined ? {} : { expireAfterSeconds }),
      ...(partialFilterExpression === undefined ? {} : { partialFilterExpression }),
    }));
    return [{ v: 2, key: { _id: 1 }, name: '_id_' }, ...described];
  }

  private select(filter: Document, options: FindOptions): Document[] {
    const query = new Query(bsonCopy(filter));
    let matches = this.documents.filter((document) => query.test(document));
    if (options.sort) matches = sortDocuments(matches, options.sort);
    const start = options.skip ?? 0;
    // As in the driver, a limit of 0 means none.
    const page = matches.slice(start, options.limit ? start + options.limit : undefined);
    const projected = options.projection ? new Query({}).find<Document>(page, options.projection).all() : page;
    return projected.map((document) => bsonCopy(document));
  }

  private firstMatch(filter: Document): number {
    const query = new Query(bsonCopy(filter));
    return this.documents.findIndex((document) => query.test(document));
  }

  /** Applies update operators to the document at `index`; false when nothing changed. */
  private modify(index: number, update: Document): boolean {
    const next = bsonCopy(this.documents[index] as Document);
    const changed = applyUpdate(next, bsonCopy(requireOperators(update)));
    if (changed.length === 0) return false;
    if (!new Query({ _id: this.documents[index]?.['_id'] }).test(next)) {
      throw new Error("Performing an update on the path '_id' would modify the immutable field '_id'");
    }
    this.replaceAt(index, next);
    return true;
  }

  private entries(): UniqueEntries {
    const unique: UniqueIndex[] = [ID_INDEX, ...[...this.indexRecords.values()].filter((index) => index.unique)];
    return (this.uniqueEntries ??= new UniqueEntries(this.name, unique, this.documents));
  }

  private insert(stored: Document): void {
    const document = { _id: stored['_id'], ...stored };
    const entries = this.entries();
    entries.assertFree(document, undefined);
    this.documents.push(document);
    entries.add(document);
  }

  private replaceAt(index: number, next: Document): void {
    this.entries().assertFree(next, this.documents[index]);
    this.documents[index] = next;
    this.uniqueEntries = null;
  }
}

function requireOperators(update: Document): Document {
  if (Object.keys(update).length === 0 || Object.keys(update).some((key) => !key.startsWith('$'))) {
    throw new Error('Update document requires atomic operators');
  }
  return update;
}

/** The document an upsert inserts: the filter's equality conditions, as MongoDB seeds it. */
function seedFromFilter(filter: Document): Document {
  const seeded: Document = {};
  for (const [path, condition] of Object.entries(filter)) {
    if (path.startsWith('$') || path.includes('.')) continue;
    if (isPlainObject(condition) && Object.keys(condition).some((key) => key.startsWith('$'))) {
      if ('$eq' in condition) seeded[path] = bsonCopy(condition['$eq']);
      continue;
    }
    seeded[path] = bsonCopy(condition);
  }
  return seeded;
}
