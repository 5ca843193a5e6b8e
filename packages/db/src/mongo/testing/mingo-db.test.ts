/** The in-process database behaves like MongoDB where the store depends on it: copies in and out,
 * unique indexes, single-document atomicity and nothing more. */
import { ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_KEY } from '../minimal-db.js';
import { createMingoDb } from './index.js';

describe('MingoDb', () => {
  it('stores copies and hands out copies, with undefined written as null like BSON', async () => {
    const people = createMingoDb().collection('people');
    const original = { _id: 1, name: 'Ada', tags: ['a'], born: new Date('1815-12-10T00:00:00Z'), nickname: undefined };
    await people.insertOne(original);
    original.tags.push('mutated');
    const found = (await people.findOne({ _id: 1 }))!;
    expect(found).toStrictEqual({ _id: 1, name: 'Ada', tags: ['a'], born: new Date('1815-12-10T00:00:00Z'), nickname: null });
    (found['tags'] as string[]).push('mutated too');
    expect((await people.findOne({ _id: 1 }))!['tags']).toEqual(['a']);
  });

  it('gives a document without _id a new ObjectId', async () => {
    const events = createMingoDb().collection('events');
    const event: Record<string, unknown> = { kind: 'x' };
    await events.insertOne(event);
    expect(event['_id']).toBeInstanceOf(ObjectId);
    expect((await events.findOne({ kind: 'x' }))!['_id']).toStrictEqual(event['_id']);
  });

  it('refuses duplicates on _id and on unique indexes with code 11000 and the key pattern', async () => {
    const users = createMingoDb().collection('users');
    await users.createIndex({ email: 1 }, { name: 'email_unique', unique: true });
    await users.insertOne({ _id: 1, email: 'a@example.com' });
    await users.insertOne({ _id: 2, email: 'b@example.com' });
    await expect(users.insertOne({ _id: 1, email: 'c@example.com' })).rejects.toMatchObject({
      code: DUPLICATE_KEY,
      keyPattern: { _id: 1 },
    });
    await expect(users.insertOne({ _id: 3, email: 'a@example.com' })).rejects.toMatchObject({
      code: DUPLICATE_KEY,
      keyPattern: { email: 1 },
      keyValue: { email: 'a@example.com' },
    });
    await expect(users.updateOne({ _id: 2 }, { $set: { email: 'a@example.com' } })).rejects.toMatchObject({ code: DUPLICATE_KEY });
    await expect(users.replaceOne({ _id: 2 }, { email: 'a@example.com' })).rejects.toMatchObject({ code: DUPLICATE_KEY });
    expect(await users.countDocuments({})).toBe(2);
    expect((await users.findOne({ _id: 2 }))!['email']).toBe('b@example.com');
    // Case matters to a unique index without a collation.
    await users.insertOne({ _id: 3, email: 'A@example.com' });
  });

  it('refuses a unique index over existing duplicates, and a second definition under one name', async () => {
    const items = createMingoDb().collection('items');
    await items.insertOne({ _id: 1, code: 'x' });
    await items.insertOne({ _id: 2, code: 'x' });
    await expect(items.createIndex({ code: 1 }, { unique: true })).rejects.toMatchObject({ code: DUPLICATE_KEY });
    await items.createIndex({ code: 1 }, { name: 'code' });
    await expect(items.createIndex({ code: -1 }, { name: 'code' })).rejects.toThrow(/different options/);
    expect((await items.indexes()).map((index) => index['name'])).toEqual(['_id_', 'code']);
  });

  it('replaceOne keeps the _id and refuses operators; updates require operators', async () => {
    const docs = createMingoDb().collection('docs');
    await docs.insertOne({ _id: 1, a: 1, b: 2 });
    expect(await docs.replaceOne({ _id: 1 }, { a: 5 })).toEqual({ matchedCount: 1, modifiedCount: 1 });
    expect(await docs.findOne({ _id: 1 })).toStrictEqual({ _id: 1, a: 5 });
    await expect(docs.replaceOne({ _id: 1 }, { $set: { a: 1 } })).rejects.toThrow(/atomic operators/);
    await expect(docs.replaceOne({ _id: 1 }, { _id: 2, a: 1 })).rejects.toThrow(/immutable/);
    await expect(docs.updateOne({ _id: 1 }, { a: 1 })).rejects.toThrow(/atomic operators/);
    expect(await docs.replaceOne({ _id: 9 }, { a: 1 })).toEqual({ matchedCount: 0, modifiedCount: 0 });
  });

  it('findOneAndUpdate upserts from the filter and applies the update atomically', async () => {
    const counters = createMingoDb().collection('counters');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        counters.findOneAndUpdate({ _id: 'n' }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }),
      ),
    );
    expect(results.map((result) => result!['seq']).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await counters.findOneAndUpdate({ _id: 'm' }, { $inc: { seq: 1 } }, { returnDocument: 'after' })).toBeNull();
  });

  it('interleaves concurrent callers between operations, so a plain read-then-write loses updates', async () => {
    const docs = createMingoDb().collection('docs');
    await docs.insertOne({ _id: 1, n: 0 });
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const current = (await docs.findOne({ _id: 1 }))!;
        await docs.updateOne({ _id: 1 }, { $set: { n: (current['n'] as number) + 1 } });
      }),
    );
    expect((await docs.findOne({ _id: 1 }))!['n']).toBeLessThan(5);
  });

  it('sorts, skips and limits like find (a limit of 0 is none), and aggregates copies', async () => {
    const docs = createMingoDb().collection('docs');
    for (const [id, at] of [[1, 3], [2, null], [3, 1], [4, 2]] as const) {
      await docs.insertOne(at === null ? { _id: id } : { _id: id, at: new Date(at * 1000) });
    }
    const ids = async (options: Parameters<typeof docs.find>[1]) => (await docs.find({}, options).toArray()).map((doc) => doc['_id']);
    expect(await ids({ sort: { at: -1, _id: -1 } })).toEqual([1, 4, 3, 2]);
    expect(await ids({ sort: { at: -1, _id: -1 }, skip: 1, limit: 2 })).toEqual([4, 3]);
    expect(await ids({ sort: { _id: 1 }, limit: 0 })).toEqual([1, 2, 3, 4]);
    const [group] = await docs.aggregate([{ $match: { at: { $exists: true } } }, { $group: { _id: null, count: { $sum: 1 } } }]).toArray();
    expect(group).toEqual({ _id: null, count: 3 });
  });
});
