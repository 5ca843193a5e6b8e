/** Client input cannot steer a query or an update: hostile values are refused or compared
 * literally, and no key of a query, an update or a stored document comes from user text. */
import type { Application, ApplicationFilter, ContactInfo, Requirements } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aCompany, aContact, aNewUser, aRefreshToken, aSession, anApplication, anObjectId } from '@jobtracker/core/testing';
import type { Document, MinimalCollection, MinimalDb } from './minimal-db.js';
import { openMongoStoreOver } from './open-mongo.js';
import { createMingoDb } from './testing/index.js';

const ALICE = 1;
const BOB = 2;

/** Values that would act as operators, paths or patterns if they reached a query unguarded. */
const HOSTILE_VALUES: unknown[] = [{ $ne: null }, { $gt: '' }, { $where: 'sleep(1000) || true' }, { $regex: '.*' }, /.*/, ['x']];
/** Values of the wrong primitive type: a number where text is expected, and the reverse. */
const WRONG_TEXT: unknown[] = [1, true, null];
const WRONG_NUMBERS: unknown[] = ['1', 1.5, null];
const HOSTILE_TEXT = ['$where', '$ne', '{"$ne":null}', 'a.b', '.*', '$gt', '__proto__', 'constructor', '\0'];

/** Every key the store may put in a filter, an update, a projection or a pipeline. */
const KNOWN_KEYS = new Set([
  '$and', '$or', '$eq', '$ne', '$gt', '$gte', '$lt', '$in', '$regex', '$exists', '$set', '$inc',
  '$match', '$group', '$sort', '$sum', '_id', '_v', '_seq', 'seq', 'user_id', 'email', 'email_lower', 'revoked_at',
  'expires_at', 'used_at', 'key', 'at', 'created_at', 'is_favorite', 'tags', 'name', 'count',
  'application.status', 'company.name', '_lc.company_name', '_lc.job_title', '_lc.notes', '_lc.name',
  '_lc.industry', '_lc.location', 'application.source', 'application.applied_date', 'requirements.skills_required',
  'timeline', 'job.salary_min', 'job.salary_max', 'import_fingerprint', 'application_ids', '_lc.company', '_lc.role',
  '_lc.email', 'session_id',
  // Options: fixed by the store.
  'sort', 'skip', 'limit', 'projection', 'upsert', 'returnDocument',
]);

type Recorded = { operation: string; argument: Document };

/** A MinimalDb that records every filter, update, projection and pipeline it is given. */
function recordingDb(): { db: MinimalDb; recorded: Recorded[] } {
  const inner = createMingoDb();
  const recorded: Recorded[] = [];
  const db: MinimalDb = {
    collection(name) {
      const collection = inner.collection(name);
      return new Proxy(collection, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          // Documents written whole are checked by assertStorableKeys (see the next test).
          if (['insertOne', 'insertMany', 'replaceOne', 'createIndex'].includes(String(property))) return value.bind(target);
          return (...args: unknown[]) => {
            const operation = String(property);
            for (const argument of args.flat()) {
              if (typeof argument === 'object' && argument !== null) recorded.push({ operation, argument: argument as Document });
            }
            return (value as (...inner: unknown[]) => unknown).apply(target, args);
          };
        },
      }) as MinimalCollection;
    },
  };
  return { db, recorded };
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  if (Object.getPrototypeOf(value) !== Object.prototype) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

/** Either refused, or answered as if the value matched nothing: never a match by operator. */
async function expectRefusedOrEmpty(answer: Promise<unknown>): Promise<void> {
  const result = await answer.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if ('error' in result) expect(result.error).toBeInstanceOf(TypeError);
  else expect(result.value === null || result.value === false || (Array.isArray(result.value) && result.value.length === 0)).toBe(true);
}

describe('MongoDB store: injection', () => {
  it('refuses operator objects, regexes and wrong types wherever a string, number or boolean is expected', async () => {
    const store = await openMongoStoreOver(createMingoDb());
    const user = (await store.users.create(aNewUser({ email: 'ada@example.com' })))!;
    const session = aSession(user.id);
    await store.sessions.create(session);
    const token = aRefreshToken(session.id);
    await store.refreshTokens.create(token);
    const application = anApplication(ALICE, { application: { status: 'applied' } });
    await store.applications.create(application);
    await store.companies.create(aCompany(ALICE, { tags: ['remote'] }));
    await store.attempts.recordFailure('account:ada@example.com', new Date('2025-01-01T00:00:00Z'));

    for (const number of [...HOSTILE_VALUES, ...WRONG_NUMBERS] as number[]) {
      await expectRefusedOrEmpty(store.users.findById(number));
      await expectRefusedOrEmpty(store.applications.findById(number, application.id));
      await expectRefusedOrEmpty(store.applications.deleteAllOfUser(number).then((count) => count !== 0));
    }
    for (const hostile of [...HOSTILE_VALUES, ...WRONG_TEXT]) {
      const text = hostile as string;
      await expectRefusedOrEmpty(store.users.findByEmail(text));
      await expectRefusedOrEmpty(store.users.existsByEmailIgnoringCase(text));
      await expectRefusedOrEmpty(store.sessions.findById(text));
      await expectRefusedOrEmpty(store.refreshTokens.findById(text));
      await expectRefusedOrEmpty(store.refreshTokens.consume(text, new Date()));
      await expectRefusedOrEmpty(store.attempts.failuresSince(text, new Date(0)));
      await expectRefusedOrEmpty(store.applications.findById(ALICE, text));
      await expectRefusedOrEmpty(store.companies.findByNameIgnoringCase(ALICE, text));
      for (const key of ['status', 'companyName', 'companyContains', 'jobTitleContains', 'anyTextContains'] as const) {
        const filter: ApplicationFilter = { [key]: hostile };
        await expectRefusedOrEmpty(store.applications.findPage(ALICE, filter, { offset: 0, limit: null }).then((page) => page.items));
      }
      await expectRefusedOrEmpty(store.companies.findAll(ALICE, { anyTag: [text] }));
      await expectRefusedOrEmpty(store.companies.findAll(ALICE, { namePrefix: text }));
      for (const key of ['anyTextContains', 'applicationId'] as const) {
        await expectRefusedOrEmpty(store.contacts.findPage(ALICE, { [key]: hostile }, { offset: 0, limit: null }).then((page) => page.items));
      }
      await expectRefusedOrEmpty(store.contacts.findById(ALICE, text));
      await expectRefusedOrEmpty(store.applications.findImportFingerprints(ALICE, [text]).then((found) => [...found]));
      await expectRefusedOrEmpty(store.refreshTokens.deleteOfSessions([text]).then((count) => count !== 0));
    }
    for (const number of [...HOSTILE_VALUES, ...WRONG_NUMBERS] as number[]) {
      await expectRefusedOrEmpty(store.contacts.deleteAllOfUser(number).then((count) => count !== 0));
      await expectRefusedOrEmpty(store.companies.deleteAllOfUser(number).then((count) => count !== 0));
      await expectRefusedOrEmpty(store.sessions.deleteAllOfUser(number));
      await expectRefusedOrEmpty(store.users.delete(number));
    }
    const notBoolean = { isFavorite: 'true' as unknown as boolean };
    await expectRefusedOrEmpty(store.applications.findPage(ALICE, notBoolean, { offset: 0, limit: null }).then((page) => page.items));
    // Nothing was changed by the attempts.
    expect((await store.refreshTokens.findById(token.id))?.used_at).toBeNull();
    expect(await store.applications.findById(ALICE, application.id)).toStrictEqual(application);
    expect(await store.attempts.failuresSince('account:ada@example.com', new Date(0))).toHaveLength(1);
  });

  it('compares hostile text literally and never uses it as a key', async () => {
    const { db, recorded } = recordingDb();
    const store = await openMongoStoreOver(db);
    for (const text of HOSTILE_TEXT) {
      await store.applications.create(anApplication(ALICE, { company: { name: text }, job: { title: text }, notes: text }));
      await store.companies.create(aCompany(ALICE, { name: text, industry: text, location: text, tags: [text] }));
      await store.users.create(aNewUser({ email: `${text}@example.com` }));
      await store.contacts.create(aContact(ALICE, { name: text, company: text, application_ids: [text] }));
      await store.applications.createMany(ALICE, [anApplication(ALICE, { import_fingerprint: text })]);
    }
    const all = { offset: 0, limit: null };
    for (const text of HOSTILE_TEXT) {
      const folded = text.toLowerCase();
      const searched = await store.applications.findPage(ALICE, { anyTextContains: text }, all);
      expect(searched.items.length).toBeGreaterThan(0);
      for (const item of searched.items) expect(item.company.name.toLowerCase()).toContain(folded);
      const exact = await store.applications.findPage(ALICE, { companyName: text }, all);
      expect(exact.items.map((item) => item.company.name)).toEqual([text]);
      expect((await store.applications.findPage(ALICE, { status: text }, all)).total).toBe(0);

      const prefixed = await store.companies.findPage(ALICE, { namePrefix: text }, all);
      expect(prefixed.items.length).toBeGreaterThan(0);
      for (const item of prefixed.items) expect(item.name.toLowerCase().startsWith(folded)).toBe(true);
      const tagged = await store.companies.findPage(ALICE, { anyTag: [text], industryContains: text }, all);
      expect(tagged.items.map((item) => item.name)).toEqual([text]);
      expect((await store.companies.findByNameIgnoringCase(ALICE, text.toUpperCase()))?.name).toBe(text);

      expect(await store.users.existsByEmailIgnoringCase(`${text}@EXAMPLE.com`)).toBe(true);
      await store.attempts.recordFailure(`account:${text}`, new Date());
      await store.attempts.clear(`account:${text}`);
      await store.applications.countByCompanyNames(ALICE, [text]);
      const contacts = await store.contacts.findPage(ALICE, { anyTextContains: text, applicationId: text }, all);
      expect(contacts.items.map((item) => item.name)).toEqual([text]);
      expect(await store.applications.findImportFingerprints(ALICE, [text])).toEqual(new Set([text]));
    }
    const unknownKeys = recorded.flatMap(({ operation, argument }) =>
      keysOf(argument)
        .filter((key) => !KNOWN_KEYS.has(key))
        .map((key) => `${operation}: ${key}`),
    );
    expect(unknownKeys).toEqual([]);
    // The recorder saw the queries, hostile text among their values.
    expect(recorded.some(({ argument }) => JSON.stringify(argument).includes('{"$eq":"$where"}'))).toBe(true);
  });

  it('refuses to store documents with keys that could act as operators or paths', async () => {
    const store = await openMongoStoreOver(createMingoDb());
    const hostileApplications: Application[] = [
      anApplication(ALICE, { company: { name: 'Acme', ...{ $where: '1' } } }),
      anApplication(ALICE, { timeline: [{ title: 'x', ...{ 'a.b': 'c' } }] }),
      { ...anApplication(ALICE), ...{ $set: { user_id: BOB } } },
    ];
    for (const application of hostileApplications) {
      await expect(store.applications.create(application)).rejects.toThrow(TypeError);
      expect(await store.applications.findById(ALICE, application.id)).toBeNull();
    }
    const dotted = aCompany(ALICE, { contact_info: { 'recruiter.name': 'x' } as ContactInfo });
    await expect(store.companies.create(dotted)).rejects.toThrow(TypeError);

    const stored = anApplication(ALICE);
    await store.applications.create(stored);
    await expect(
      store.applications.update(ALICE, stored.id, (current) => ({ ...current, requirements: { $inc: { salary: 1 } } as Requirements })),
    ).rejects.toThrow(TypeError);
    expect(await store.applications.findById(ALICE, stored.id)).toStrictEqual(stored);
  });

  it('finds nothing for ids that are not lowercase 24-hex and refuses to create such a document', async () => {
    const store = await openMongoStoreOver(createMingoDb());
    const stored = anApplication(ALICE);
    await store.applications.create(stored);
    for (const id of [stored.id.toUpperCase(), stored.id.slice(0, 12), `${stored.id}0`, '', 'zzzzzzzzzzzzzzzzzzzzzzzz']) {
      expect(await store.applications.findById(ALICE, id)).toBeNull();
      expect(await store.applications.update(ALICE, id, (current) => current)).toBeNull();
      expect(await store.applications.delete(ALICE, id)).toBe(false);
    }
    await expect(store.applications.create(anApplication(ALICE, { id: anObjectId().toUpperCase() }))).rejects.toThrow(TypeError);
  });
});
