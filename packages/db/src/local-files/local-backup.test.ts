import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempFileStore } from '../test-support/temp-file-store.js';
import { copyLocalFiles } from './local-backup.js';

const KEY = 'uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf';
const LATER_KEY = 'uploads/2/resume/3c2d1d2f-6e70-4b8c-9d0e-1f2a3b4c5d6e.txt';

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

const tree = (root: string) => (readdirSync(root, { recursive: true }) as string[]).sort();

describe('copyLocalFiles', () => {
  let temp: ReturnType<typeof openTempFileStore>;
  let destination: string;
  beforeEach(() => {
    temp = openTempFileStore();
    destination = join(mkdtempSync(join(tmpdir(), 'jobtracker-backup-')), 'media');
  });
  afterEach(async () => {
    await temp.close();
    rmSync(join(destination, '..'), { recursive: true, force: true });
  });

  it('copies committed files and their names, owner-only, never staged uploads or temp files', async () => {
    await temp.files.commit(await temp.files.stage(bytesOf('%PDF-1.7 kept')), { key: KEY, displayName: 'cv.pdf' });
    await temp.files.stage(bytesOf('in flight'));
    writeFileSync(join(temp.root, 'uploads/1/document/.leftover.pdf.part'), 'temp');

    expect(await copyLocalFiles(temp.root, destination)).toEqual({ files: 2, bytes: 13 + JSON.stringify({ original_name: 'cv.pdf' }).length, skipped: 0 });
    expect(tree(destination)).toEqual([
      '.names', '.names/uploads', '.names/uploads/1', '.names/uploads/1/document', `.names/${KEY}.json`,
      'uploads', 'uploads/1', 'uploads/1/document', KEY,
    ]);
    expect(readFileSync(join(destination, KEY), 'utf8')).toBe('%PDF-1.7 kept');
    for (const path of tree(destination)) {
      const info = statSync(join(destination, path));
      expect(info.mode & 0o777, path).toBe(info.isDirectory() ? 0o700 : 0o600);
    }
  });

  it('copies only what arrived since, on a second pass', async () => {
    await temp.files.commit(await temp.files.stage(bytesOf('first')), { key: KEY, displayName: 'a.pdf' });
    await copyLocalFiles(temp.root, destination);
    await temp.files.commit(await temp.files.stage(bytesOf('second')), { key: LATER_KEY, displayName: 'b.txt' });
    expect(await copyLocalFiles(temp.root, destination)).toMatchObject({ files: 2, skipped: 2 });
    expect(readFileSync(join(destination, LATER_KEY), 'utf8')).toBe('second');
  });

  it('copies nothing from a store that has no files yet', async () => {
    expect(await copyLocalFiles(temp.root, destination)).toEqual({ files: 0, bytes: 0, skipped: 0 });
  });
});
