import { describe, expect, it } from 'vitest';
import { createInMemoryFileStore } from '../testing/in-memory-file-store.js';
import { deleteApplicationAndFiles, deleteAttachment, removeAccountFiles } from './remove-files.js';
import { anApplication, anAttachment, APP_ID, chunksOf, applicationsHolding, countOf, stored, NOW, text } from './test-support/file-fixtures.js';

const key = (owner: number, n: number) => `uploads/${owner}/document/00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}.txt`;

/** A store holding committed files at the given keys. */
async function storeWith(keys: string[]) {
  const files = createInMemoryFileStore({ now: () => NOW });
  for (const k of keys) await files.commit(await files.stage(chunksOf(text(k))), { key: k, displayName: 'f.txt' });
  return files;
}

describe('deleteAttachment', () => {
  it('removes the element, then exactly its file', async () => {
    const files = await storeWith([key(1, 0), key(1, 1), key(1, 2)]);
    const applications = await applicationsHolding([anApplication({ attachments: [0, 1, 2].map((n) => anAttachment(key(1, n))) })]);
    await expect(deleteAttachment({ applications, files }, { userId: 1, rawId: APP_ID, rawIndex: '1', now: NOW })).resolves.toEqual({ leftoverKeys: [] });
    expect((await stored(applications))?.attachments?.map((a) => a.file_path)).toEqual([key(1, 0), key(1, 2)]);
    expect(files.inspect().committed).toEqual([key(1, 0), key(1, 2)]);
  });

  it.each([
    ['bad', '0', 'ATTACHMENT.INVALID_ID'],
    ['6650f1c2a1b2c3d4e5f60719', '0', 'APPLICATION.NOT_FOUND'],
    [APP_ID, '1', 'ATTACHMENT.INVALID_INDEX'],
  ])('%s / %s -> %s, touching no file', async (rawId, rawIndex, code) => {
    const files = await storeWith([key(1, 0)]);
    const applications = await applicationsHolding([anApplication({ attachments: [anAttachment(key(1, 0))] })]);
    await expect(deleteAttachment({ applications, files }, { userId: 1, rawId, rawIndex, now: NOW })).rejects.toMatchObject({ code });
    expect(files.inspect().committed).toEqual([key(1, 0)]);
  });

  it("never removes a file outside the owner's folder, even when the record names one", async () => {
    const files = await storeWith([key(2, 0)]);
    const applications = await applicationsHolding([anApplication({ attachments: [anAttachment(key(2, 0)), anAttachment('../../etc/passwd')] })]);
    await deleteAttachment({ applications, files }, { userId: 1, rawId: APP_ID, rawIndex: 0, now: NOW });
    await deleteAttachment({ applications, files }, { userId: 1, rawId: APP_ID, rawIndex: 0, now: NOW });
    expect((await stored(applications))?.attachments).toEqual([]);
    expect(files.inspect().committed).toEqual([key(2, 0)]);
  });

  it('succeeds and names the file it could not remove', async () => {
    const applications = await applicationsHolding([anApplication({ attachments: [anAttachment(key(1, 0))] })]);
    const failing = { remove: () => Promise.reject(new Error('EIO')) };
    await expect(deleteAttachment({ applications, files: failing }, { userId: 1, rawId: APP_ID, rawIndex: '0', now: NOW })).resolves.toEqual({
      leftoverKeys: [key(1, 0)],
    });
    expect((await stored(applications))?.attachments).toEqual([]);
  });
});

describe('deleteApplicationAndFiles', () => {
  it('deletes the application and every attachment file, keeping other files', async () => {
    const files = await storeWith([key(1, 0), key(1, 1), key(1, 2)]);
    const applications = await applicationsHolding([anApplication({ attachments: [anAttachment(key(1, 0)), anAttachment(key(1, 1))] })]);
    await expect(deleteApplicationAndFiles({ applications, files }, { userId: 1, id: APP_ID.toUpperCase() })).resolves.toEqual({ leftoverKeys: [] });
    expect((await countOf(applications))).toBe(0);
    expect(files.inspect().committed).toEqual([key(1, 2)]);
  });

  it.each([
    ['not-an-id', 1, 'APPLICATION.INVALID_ID'],
    ['6650f1c2a1b2c3d4e5f60719', 1, 'APPLICATION.NOT_FOUND'],
    [APP_ID, 2, 'APPLICATION.NOT_FOUND'],
  ])('%s for user %s -> %s, deleting nothing', async (id, userId, code) => {
    const files = await storeWith([key(1, 0)]);
    const applications = await applicationsHolding([anApplication({ attachments: [anAttachment(key(1, 0))] })]);
    await expect(deleteApplicationAndFiles({ applications, files }, { userId, id })).rejects.toMatchObject({ code });
    expect((await countOf(applications))).toBe(1);
    expect(files.inspect().committed).toEqual([key(1, 0)]);
  });

  it('deletes an application without attachments', async () => {
    const applications = await applicationsHolding([anApplication({ attachments: undefined })]);
    await expect(deleteApplicationAndFiles({ applications, files: await storeWith([]) }, { userId: 1, id: APP_ID })).resolves.toEqual({ leftoverKeys: [] });
  });

  it('is not found when another request deleted it first', async () => {
    const applications = await applicationsHolding([anApplication()]);
    const racing = { findById: applications.findById.bind(applications), delete: async () => false };
    await expect(deleteApplicationAndFiles({ applications: racing, files: await storeWith([]) }, { userId: 1, id: APP_ID })).rejects.toMatchObject({
      code: 'APPLICATION.NOT_FOUND',
    });
  });
});

describe('removeAccountFiles', () => {
  it("removes every file of the account and no one else's", async () => {
    const files = await storeWith([key(1, 0), key(1, 1), key(2, 0)]);
    await expect(removeAccountFiles({ files }, { userId: 1 })).resolves.toBe(2);
    expect(files.inspect().committed).toEqual([key(2, 0)]);
  });
});
