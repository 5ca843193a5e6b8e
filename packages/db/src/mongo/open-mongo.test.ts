import { describe, expect, it } from 'vitest';
import {
  describeAccountRecords,
  describeApplicationBatches,
  describeApplicationRepository,
  describeApplicationViews,
  describeCompanyRepository,
  describeConcurrentWrites,
  describeContactRepository,
  describeFileStore,
  describeLoginAttemptLog,
  describeRefreshTokenRepository,
  describeSessionRepository,
  describeUserRepository,
  describeUserSettingsRepository,
  describeUserTransfer,
} from '../test-support/conformance/index.js';
import { aNewUser } from '@jobtracker/core/testing';
import { openRealGridFs } from '../test-support/temp-gridfs.js';
import { openMingoStore, openRealMongoStore, realMongoUri, warnRealMongoSkipped } from '../test-support/temp-mongo-store.js';
import { COLLECTIONS } from './collections.js';
import { createMongoClient, MONGO_INDEXES, openMongoStoreOver } from './index.js';

describe('openMongoStoreOver', () => {
  it('creates every index at open: unique email, TTL expiry of sessions, tokens and throttle counters', async () => {
    const store = await openMingoStore();
    const indexesOf = (collection: string) => store.db.collection(collection).indexes();
    expect(await indexesOf(COLLECTIONS.users)).toContainEqual(expect.objectContaining({ key: { email: 1 }, unique: true }));
    for (const collection of [COLLECTIONS.sessions, COLLECTIONS.refreshTokens]) {
      expect(await indexesOf(collection)).toContainEqual(expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 86_400 }));
    }
    expect(await indexesOf(COLLECTIONS.loginAttempts)).toContainEqual(
      expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 }),
    );
    expect((await indexesOf(COLLECTIONS.applications)).map((index) => index['key'])).toEqual(
      expect.arrayContaining([
        { user_id: 1, created_at: -1, _id: -1 },
        { user_id: 1, 'application.status': 1 },
        { user_id: 1, 'company.name': 1 },
      ]),
    );
    expect((await indexesOf(COLLECTIONS.companies)).map((index) => index['key'])).toContainEqual({ user_id: 1, '_lc.name': 1, _seq: 1 });
    expect((await indexesOf(COLLECTIONS.userSettings)).map((index) => index['key'])).toContainEqual({ calendar_secret_hash: 1 });
    for (const index of MONGO_INDEXES) {
      expect((await indexesOf(index.collection)).map((listed) => listed['name'])).toContain(index.options.name);
    }
  });

  it('opens again over a database that already has its indexes and data', async () => {
    const first = await openMingoStore();
    const user = await first.users.create(aNewUser());
    const second = await openMongoStoreOver(first.db);
    expect(await second.users.findById(user!.id)).toStrictEqual(user);
  });

  it('numbers users from 1 and skips ids already taken by copied-in users', async () => {
    const store = await openMingoStore();
    expect((await store.users.create(aNewUser()))?.id).toBe(1);
    await store.db.collection(COLLECTIONS.users).insertOne({ ...aNewUser({ email: 'copied@example.com' }), _id: 2 });
    expect((await store.users.create(aNewUser()))?.id).toBe(3);
  });
});

describe('createMongoClient', () => {
  it("always writes with { w: 'majority', journal: true }, whatever the connection string says", () => {
    for (const uri of ['mongodb://127.0.0.1:9/', 'mongodb://127.0.0.1:9/?w=1&journal=false']) {
      const client = createMongoClient({ uri, clientOptions: { w: 0 } });
      expect(client.writeConcern).toMatchObject({ w: 'majority', journal: true });
    }
  });

  it('refuses a connection string that would still weaken the write concern', () => {
    expect(() => createMongoClient({ uri: 'mongodb://127.0.0.1:9/?j=false' })).toThrow(/write concern/);
  });
});

// Every conformance suite once more against a real server, when one is named (the GridFS file
// store's too).
const uri = realMongoUri();
if (uri === undefined) {
  warnRealMongoSkipped();
} else {
  const open = () => openRealMongoStore(uri);
  describeUserRepository('real MongoDB', open);
  describeUserTransfer('real MongoDB', open);
  describeSessionRepository('real MongoDB', open);
  describeRefreshTokenRepository('real MongoDB', open);
  describeLoginAttemptLog('real MongoDB', open);
  describeApplicationRepository('real MongoDB', open);
  describeCompanyRepository('real MongoDB', open);
  describeConcurrentWrites('real MongoDB', open);
  describeContactRepository('real MongoDB', open);
  describeApplicationBatches('real MongoDB', open);
  describeAccountRecords('real MongoDB', open);
  // The store's own GridFS files (default chunk size), and the same bucket with small chunks.
  describeFileStore('GridFS on real MongoDB', async () => {
    const store = await openRealMongoStore(uri);
    return { files: store.files, close: () => store.close() };
  });
  describeFileStore('GridFS on real MongoDB, 1000-byte chunks', () => openRealGridFs(uri));
  describeApplicationViews('real MongoDB', open);
  describeUserSettingsRepository('real MongoDB', open);
}
