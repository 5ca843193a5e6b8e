import { describe, expect, it } from 'vitest';
import { fakePasswordHasher, inMemoryRepositories, sequentialIds } from '../testing/index.js';
import { DEMO_USER_CREDENTIALS } from './demo-user.js';
import { seedDemoAccount, seedNewDemoAccount } from './seed-demo-account.js';

const NOW = new Date('2025-03-01T12:00:00.000Z');

function deps() {
  const { users, applications, companies } = inMemoryRepositories();
  return { users, applications, companies, hasher: fakePasswordHasher, ids: sequentialIds() };
}

async function countOf(seed: ReturnType<typeof deps>, userId: number): Promise<number> {
  return (await seed.applications.findPage(userId, {}, { offset: 0, limit: 1 })).total;
}

describe('seedDemoAccount', () => {
  it('creates the account, then refreshes it with its applications replaced', async () => {
    const seed = deps();
    const first = await seedDemoAccount(seed, { count: 5, seed: 1, now: NOW });
    expect(first).toMatchObject({ created: true, removed: 0, applications: 5 });
    const second = await seedDemoAccount(seed, { count: 5, seed: 1, now: NOW });
    expect(second).toMatchObject({ created: false, removed: 5, applications: 5 });
    expect(second.user.id).toBe(first.user.id);
    expect(await countOf(seed, first.user.id)).toBe(5);
  });
});

describe('seedNewDemoAccount', () => {
  it('creates and fills the account when there is none', async () => {
    const seed = deps();
    const result = await seedNewDemoAccount(seed, { count: 4, seed: 1, now: NOW });
    expect(result).toMatchObject({ created: true, removed: 0, applications: 4 });
    expect(result?.user.email).toBe(DEMO_USER_CREDENTIALS.email);
    expect(await countOf(seed, result!.user.id)).toBe(4);
  });

  it('leaves an existing account alone and answers null', async () => {
    const seed = deps();
    const first = await seedDemoAccount(seed, { count: 3, seed: 1, now: NOW });
    const password = first.user.password_hash;
    expect(await seedNewDemoAccount(seed, { count: 7, seed: 2, now: NOW })).toBeNull();
    expect(await countOf(seed, first.user.id)).toBe(3);
    expect((await seed.users.findById(first.user.id))?.password_hash).toBe(password);
  });

  it('lets exactly one of several simultaneous calls seed', async () => {
    const seed = deps();
    const results = await Promise.all(Array.from({ length: 4 }, () => seedNewDemoAccount(seed, { count: 6, seed: 1, now: NOW })));
    const winners = results.filter((result) => result !== null);
    expect(winners).toHaveLength(1);
    expect(await countOf(seed, winners[0]!.user.id)).toBe(6);
  });
});
