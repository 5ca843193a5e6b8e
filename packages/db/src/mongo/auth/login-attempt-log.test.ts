import { describe, expect, it } from 'vitest';
import { at } from '@jobtracker/core/testing';
import { describeLoginAttemptLog } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';
import { COLLECTIONS } from '../collections.js';

describeLoginAttemptLog('mongo over mingo', () => openMingoStore());

describe('MongoLoginAttemptLog', () => {
  it('gives every failure its expiry, which the TTL index acts on', async () => {
    const store = await openMingoStore({ loginAttemptRetentionMs: 15 * 60 * 1000 });
    await store.attempts.recordFailure('account:ada@example.com', at('2025-04-01T10:00:00.000Z'));
    const [stored] = await store.db.collection(COLLECTIONS.loginAttempts).find({}).toArray();
    expect(stored).toMatchObject({
      key: 'account:ada@example.com',
      at: at('2025-04-01T10:00:00.000Z'),
      expires_at: at('2025-04-01T10:15:00.000Z'),
    });
    const indexes = await store.db.collection(COLLECTIONS.loginAttempts).indexes();
    expect(indexes).toContainEqual(expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 }));
  });
});
