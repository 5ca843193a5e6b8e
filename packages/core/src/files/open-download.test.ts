import { describe, expect, it } from 'vitest';
import { createInMemoryFileStore } from '../testing/in-memory-file-store.js';
import { openDownload } from './open-download.js';
import { chunksOf, NOW, PDF, readAll } from './test-support/file-fixtures.js';

const KEY = 'uploads/4/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf';

async function storeWithOne() {
  const files = createInMemoryFileStore({ now: () => NOW });
  await files.commit(await files.stage(chunksOf(PDF)), { key: KEY, displayName: 'Résumé.pdf' });
  return files;
}

describe('openDownload', () => {
  it('opens the owner\u2019s file with what the response needs', async () => {
    const download = await openDownload({ files: await storeWithOne() }, { userId: 4, key: KEY });
    expect(download).toMatchObject({
      key: KEY,
      fileName: '2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf',
      extension: '.pdf',
      size: PDF.length,
      displayName: 'Résumé.pdf',
    });
    expect(await readAll(download!.bytes)).toEqual(PDF);
  });

  it.each([
    ['someone else', 5, KEY],
    ['a path core never builds', 4, 'uploads/4/document/../../4/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf'],
    ['a file that is gone', 4, 'uploads/4/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5e.pdf'],
  ])('is null for %s', async (_, userId, key) => {
    expect(await openDownload({ files: await storeWithOne() }, { userId, key })).toBeNull();
  });

  it('does not ask the store about keys that are not the caller\u2019s', async () => {
    const opened: string[] = [];
    const files = { open: async (_owner: number, key: string) => (opened.push(key), null) };
    await openDownload({ files }, { userId: 5, key: KEY });
    await openDownload({ files }, { userId: 4, key: '../secret' });
    expect(opened).toEqual([]);
  });
});
