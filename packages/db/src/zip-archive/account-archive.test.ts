/** The account archive end to end on real storage: an account on SQLite with files on local
 * disk, exported as a zip file, restored into a new account on the same store and into another
 * store (MongoDB over mingo), each compared with the original. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError, exportAccount, restoreAccount, type ArchiveEntry } from '@jobtracker/core';
import { accountSnapshot, aNewUser, seedAccount, sequentialIds } from '@jobtracker/core/testing';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStore } from '../local-files/index.js';
import { openMingoStore } from '../test-support/temp-mongo-store.js';
import { openTempSqliteStore, type TempSqliteStore } from '../test-support/temp-sqlite-store.js';
import { openZipArchive, zipEntries } from './index.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const random = { uuidHex: () => randomUUID().replaceAll('-', '') };

let directory: string;
let store: TempSqliteStore;
let files: ReturnType<typeof createLocalFileStore>;
beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'jobtracker-archive-'));
  store = await openTempSqliteStore();
  files = createLocalFileStore({ root: join(directory, 'media') });
});
afterEach(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

async function writeZip(entries: AsyncIterable<ArchiveEntry>, name: string): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of zipEntries(entries)) parts.push(part);
  const path = join(directory, name);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

describe('account archive on SQLite and local files', () => {
  it('round-trips into a new account on the same instance and into a MongoDB instance', async () => {
    const instance = { ...store, files, ids: sequentialIds(), random };
    const alice = (await store.users.create(aNewUser({ email: 'alice@example.com' })))!.id;
    await seedAccount(instance, alice);
    const before = await accountSnapshot(instance, alice);
    const path = await writeZip(await exportAccount(instance, { userId: alice, now: NOW }), 'alice.zip');

    const bob = (await store.users.create(aNewUser({ email: 'bob@example.com' })))!.id;
    const archive = await openZipArchive(path);
    try {
      expect(await restoreAccount(instance, { userId: bob, archive, now: NOW })).toEqual({ applications: 3, companies: 2, contacts: 2, files: 3 });
    } finally {
      archive.close();
    }
    expect(await accountSnapshot(instance, bob)).toEqual(before);

    const mongo = await openMingoStore();
    const elsewhere = { ...mongo, files: createLocalFileStore({ root: join(directory, 'other-media') }), ids: sequentialIds(), random };
    const aliceThere = (await mongo.users.create(aNewUser({ email: 'alice@elsewhere.example' })))!.id;
    const again = await openZipArchive(path);
    try {
      await restoreAccount(elsewhere, { userId: aliceThere, archive: again, now: NOW });
    } finally {
      again.close();
    }
    expect(await accountSnapshot(elsewhere, aliceThere)).toEqual(before);
  });

  it('refuses an archive with a path that leaves its folder, writing nothing', async () => {
    const instance = { ...store, files, ids: sequentialIds(), random };
    const alice = (await store.users.create(aNewUser({ email: 'alice@example.com' })))!.id;
    const path = join(directory, 'evil.zip');
    writeFileSync(path, zipSync({ 'manifest.json': new TextEncoder().encode('{}'), '../../outside.txt': new Uint8Array([1]) }));
    const archive = await openZipArchive(path);
    try {
      const refusal = await restoreAccount(instance, { userId: alice, archive, now: NOW }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).details).toEqual({
        fieldErrors: { archive: ['The archive entry "../../outside.txt" has a path that leaves the archive folder (..).'] },
      });
    } finally {
      archive.close();
    }
    expect(await accountSnapshot(instance, alice)).toMatchObject({ applications: [], companies: [], contacts: [] });
  });
});
