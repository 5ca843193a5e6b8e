import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFileStore } from '../test-support/conformance/index.js';
import { openTempFileStore } from '../test-support/temp-file-store.js';

describeFileStore('local disk', async () => openTempFileStore());

const UUID = '2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d';
const OTHER_UUID = '3c2d1d2f-6e70-4b8c-9d0e-1f2a3b4c5d6e';
const KEY = `uploads/1/document/${UUID}.pdf`;

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** Every path below `root`, relative, sorted. */
function tree(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).sort();
}

describe('local disk layout', () => {
  let temp: ReturnType<typeof openTempFileStore>;
  beforeEach(() => {
    temp = openTempFileStore();
  });
  afterEach(async () => {
    await temp.close();
  });

  it('stages under .staging, and commits the file to the served tree and its name outside it', async () => {
    const staged = await temp.files.stage(bytesOf('%PDF-1.7'));
    expect(tree(temp.root)).toEqual(['.staging', `.staging/${staged.stagingId}.part`]);

    await temp.files.commit(staged, { key: KEY, displayName: 'CV "final".pdf' });
    expect(tree(join(temp.root, 'uploads'))).toEqual(['1', '1/document', `1/document/${UUID}.pdf`]);
    expect(readFileSync(join(temp.root, KEY), 'utf8')).toBe('%PDF-1.7');
    expect(JSON.parse(readFileSync(join(temp.root, '.names', `${KEY}.json`), 'utf8'))).toEqual({ original_name: 'CV "final".pdf' });
    expect(readdirSync(join(temp.root, '.staging'))).toEqual([]);
  });

  it('writes files 0600 and folders 0700 (owner only)', async () => {
    await temp.files.commit(await temp.files.stage(bytesOf('x')), { key: KEY, displayName: 'a.pdf' });
    for (const path of [KEY, `.names/${KEY}.json`]) expect(statSync(join(temp.root, path)).mode & 0o777, path).toBe(0o600);
    for (const path of ['.', 'uploads', 'uploads/1', 'uploads/1/document', '.names', '.names/uploads/1/document', '.staging']) {
      expect(statSync(join(temp.root, path)).mode & 0o777, path).toBe(0o700);
    }
  });

  it('reads files in the layout of the earlier media store', async () => {
    mkdirSync(join(temp.root, 'uploads/1/document'), { recursive: true });
    mkdirSync(join(temp.root, '.names/uploads/1/document'), { recursive: true });
    writeFileSync(join(temp.root, KEY), 'old bytes');
    writeFileSync(join(temp.root, '.names', `${KEY}.json`), JSON.stringify({ original_name: 'old.pdf' }));
    const file = await temp.files.open(1, KEY);
    expect(file).toMatchObject({ size: 9, displayName: 'old.pdf' });
    const chunks: Uint8Array[] = [];
    for await (const chunk of file!.bytes) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('old bytes');
  });

  it('gives no display name when its file is missing or corrupt', async () => {
    await temp.files.commit(await temp.files.stage(bytesOf('x')), { key: KEY, displayName: 'a.pdf' });
    writeFileSync(join(temp.root, '.names', `${KEY}.json`), '{not json');
    expect((await temp.files.open(1, KEY))?.displayName).toBeNull();
  });

  it('never follows a symlink planted at a key', async () => {
    mkdirSync(join(temp.root, 'uploads/1/document'), { recursive: true });
    writeFileSync(join(temp.root, 'secret.txt'), 'secret');
    symlinkSync(join(temp.root, 'secret.txt'), join(temp.root, KEY));
    expect(await temp.files.open(1, KEY)).toBeNull();
  });

  it('never removes anything outside the owner folder', async () => {
    writeFileSync(join(temp.root, '..', 'outside.txt'), 'outside');
    const bobKey = `uploads/2/document/${UUID}.pdf`;
    await temp.files.commit(await temp.files.stage(bytesOf('bob')), { key: bobKey, displayName: 'b.pdf' });
    for (const hostile of [`uploads/1/document/../../2/document/${UUID}.pdf`, '../outside.txt', `uploads/1/../2/document/${UUID}.pdf`, bobKey]) {
      expect(await temp.files.remove(1, hostile), hostile).toBe(false);
    }
    expect(readFileSync(join(temp.root, bobKey), 'utf8')).toBe('bob');
    expect(readFileSync(join(temp.root, '..', 'outside.txt'), 'utf8')).toBe('outside');
  });

  it('removeAll takes the owner folder and the owner\u2019s names', async () => {
    await temp.files.commit(await temp.files.stage(bytesOf('x')), { key: KEY, displayName: 'a.pdf' });
    expect(await temp.files.removeAll(1)).toBe(1);
    expect(existsSync(join(temp.root, 'uploads/1'))).toBe(false);
    expect(existsSync(join(temp.root, '.names/uploads/1'))).toBe(false);
  });

  describe('sweep', () => {
    const old = new Date('2025-01-01T00:00:00Z');
    const cutoff = new Date('2025-01-02T00:00:00Z');

    /** Writes `path` under the root with its modification time set to `at`. */
    function plant(path: string, at: Date, content = 'partial'): string {
      const absolute = join(temp.root, path);
      mkdirSync(join(absolute, '..'), { recursive: true });
      writeFileSync(absolute, content);
      utimesSync(absolute, at, at);
      return path;
    }

    it('removes what a crash left, wherever the old or new store left it', async () => {
      await temp.files.commit(await temp.files.stage(bytesOf('kept')), { key: KEY, displayName: 'kept.pdf' });
      const leftovers = [
        plant(`.staging/${OTHER_UUID}.part`, old),
        plant(`uploads/1/document/.${OTHER_UUID}.pdf.part`, old),
        plant(`uploads/7/resume/.${OTHER_UUID}.docx.part`, old),
        plant(`.names/uploads/1/document/${OTHER_UUID}.pdf.json.${UUID}.part`, old),
        plant(`.names/uploads/1/document/${OTHER_UUID}.pdf.json`, old, '{"original_name":"never arrived.pdf"}'),
      ];
      expect(await temp.files.sweep({ stagedBefore: cutoff })).toBe(leftovers.length);
      for (const path of leftovers) expect(existsSync(join(temp.root, path)), path).toBe(false);
      const kept = await temp.files.open(1, KEY);
      expect(kept?.displayName).toBe('kept.pdf');
    });

    it('keeps leftovers written after the cutoff and files it does not know', async () => {
      const recent = new Date('2025-01-03T00:00:00Z');
      const untouched = [
        plant(`.staging/${OTHER_UUID}.part`, recent),
        plant(`uploads/1/document/.${OTHER_UUID}.pdf.part`, recent),
        plant(`.names/uploads/1/document/${OTHER_UUID}.pdf.json`, recent),
        plant('uploads/1/document/notes.txt', old),
        plant('.staging/README', old),
        plant(`uploads/abc/document/.${OTHER_UUID}.pdf.part`, old),
      ];
      expect(await temp.files.sweep({ stagedBefore: cutoff })).toBe(0);
      for (const path of untouched) expect(existsSync(join(temp.root, path)), path).toBe(true);
    });

    it('is a no-op on a root that does not exist yet', async () => {
      expect(await temp.files.sweep({ stagedBefore: cutoff })).toBe(0);
    });
  });
});
