/** Conformance suite for FileStore: any adapter (local disk, GridFS, core's in-memory fake)
 * must pass it unchanged. */
import type { FileStore } from '@jobtracker/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** Opens a new empty file store; `close` releases it and whatever it wrote. */
export type OpenFileStore = () => Promise<{ files: FileStore; close(): Promise<void> }>;

const ALICE = 1;
const BOB = 2;

let keyCounter = 0;
/** A fresh server-shaped key. */
function aKey(ownerId: number, kind: 'resume' | 'document' = 'document', extension = '.pdf'): string {
  keyCounter += 1;
  return `uploads/${ownerId}/${kind}/00000000-0000-4000-8000-${keyCounter.toString(16).padStart(12, '0')}${extension}`;
}

/** Every byte value, `repeat` times: binary content that survives no accidental text handling. */
function binary(repeat: number): Uint8Array {
  return Uint8Array.from({ length: 256 * repeat }, (_, i) => (i * 7 + 3) % 256);
}

async function* chunksOf(bytes: Uint8Array, sizes: readonly number[] = [1, 100, 4096, 65536]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let n = 0; at < bytes.length; n++) {
    const size = sizes[n % sizes.length] ?? 1;
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function readAll(bytes: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Keys a client might try instead of the ones the server builds. */
function hostileKeys(key: string): string[] {
  const [, owner, kind, name] = key.split('/') as [string, string, string, string];
  return [
    `uploads/${owner}/${kind}/../${kind}/${name}`,
    `uploads/${BOB}/../${owner}/${kind}/${name}`,
    `../uploads/${owner}/${kind}/${name}`,
    `/${key}`,
    `${key}/.`,
    `uploads/${owner}/${kind}/./${name}`,
    `uploads\\${owner}\\${kind}\\${name}`,
    `uploads/${owner}/${kind}/%2e%2e/${name}`,
    `uploads/0${owner}/${kind}/${name}`,
    `uploads/${owner}/${kind}/${name.toUpperCase()}`,
    `uploads/${owner}/${kind}/.${name}.part`,
    `uploads/${owner}/${kind}`,
    '',
  ];
}

export function describeFileStore(name: string, open: OpenFileStore): void {
  describe(`FileStore (${name})`, () => {
    let opened: Awaited<ReturnType<OpenFileStore>> | undefined;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(async () => {
      await opened?.close();
      opened = undefined;
    });
    const store = (): FileStore => {
      if (!opened) throw new Error('The store is only available inside a test');
      return opened.files;
    };

    async function committed(ownerId: number, bytes: Uint8Array, displayName = 'file.pdf'): Promise<string> {
      const key = aKey(ownerId);
      await store().commit(await store().stage(chunksOf(bytes)), { key, displayName });
      return key;
    }

    it('commit makes the staged bytes readable under the key, exactly, with the display name', async () => {
      const files = store();
      const bytes = binary(300);
      const key = aKey(ALICE, 'resume', '.docx');
      await files.commit(await files.stage(chunksOf(bytes)), { key, displayName: 'Lebenslauf – Müller 東京.docx' });
      const file = await files.open(ALICE, key);
      expect(file).toMatchObject({ size: bytes.length, displayName: 'Lebenslauf – Müller 東京.docx' });
      expect(await readAll(file!.bytes)).toEqual(bytes);
    });

    it('keeps an empty file', async () => {
      const key = await committed(ALICE, new Uint8Array(0));
      const file = await store().open(ALICE, key);
      expect(file?.size).toBe(0);
      expect(await readAll(file!.bytes)).toEqual(new Uint8Array(0));
    });

    it('staged bytes are invisible until commit', async () => {
      const files = store();
      const key = aKey(ALICE);
      const staged = await files.stage(chunksOf(binary(4)));
      expect(await files.open(ALICE, key)).toBeNull();
      expect(await files.removeAll(ALICE)).toBe(0);
      await files.commit(staged, { key, displayName: 'a.pdf' });
      expect((await files.open(ALICE, key))?.size).toBe(1024);
    });

    it('discard drops a staged file for good, and may be repeated', async () => {
      const files = store();
      const staged = await files.stage(chunksOf(binary(1)));
      await files.discard(staged);
      await files.discard(staged);
      const key = aKey(ALICE);
      await expect(files.commit(staged, { key, displayName: 'a.pdf' })).rejects.toThrow();
      expect(await files.open(ALICE, key)).toBeNull();
      expect(await files.sweep({ stagedBefore: new Date(Date.now() + 60_000) })).toBe(0);
    });

    it('a source that fails leaves nothing behind', async () => {
      const files = store();
      async function* broken(): AsyncGenerator<Uint8Array> {
        yield binary(1);
        throw new Error('client went away');
      }
      await expect(files.stage(broken())).rejects.toThrow('client went away');
      expect(await files.sweep({ stagedBefore: new Date(Date.now() + 60_000) })).toBe(0);
    });

    it('a staged file commits once', async () => {
      const files = store();
      const staged = await files.stage(chunksOf(binary(1)));
      const key = aKey(ALICE);
      await files.commit(staged, { key, displayName: 'a.pdf' });
      await expect(files.commit(staged, { key: aKey(ALICE), displayName: 'a.pdf' })).rejects.toThrow();
      expect((await files.open(ALICE, key))?.size).toBe(256);
    });

    it('commit refuses keys that are not server-shaped, leaving the staged file usable', async () => {
      const files = store();
      const staged = await files.stage(chunksOf(binary(2)));
      const key = aKey(ALICE);
      for (const hostile of hostileKeys(key)) {
        await expect(files.commit(staged, { key: hostile, displayName: 'x' }), hostile).rejects.toThrow();
      }
      await files.commit(staged, { key, displayName: 'a.pdf' });
      expect(await readAll((await files.open(ALICE, key))!.bytes)).toEqual(binary(2));
    });

    it('open is owner-only and takes server-shaped keys only', async () => {
      const files = store();
      const key = await committed(ALICE, binary(1));
      expect(await files.open(BOB, key)).toBeNull();
      for (const hostile of hostileKeys(key)) expect(await files.open(ALICE, hostile), hostile).toBeNull();
      expect(await files.open(ALICE, aKey(ALICE))).toBeNull();
    });

    it('remove deletes the owner\u2019s file and refuses foreign owners and non-server keys', async () => {
      const files = store();
      const key = await committed(ALICE, binary(1));
      expect(await files.remove(BOB, key)).toBe(false);
      for (const hostile of hostileKeys(key)) expect(await files.remove(ALICE, hostile), hostile).toBe(false);
      expect((await files.open(ALICE, key))?.size).toBe(256);

      expect(await files.remove(ALICE, key)).toBe(true);
      expect(await files.open(ALICE, key)).toBeNull();
      expect(await files.remove(ALICE, key)).toBe(true);
    });

    it('removeAll removes every file of one owner and nobody else\u2019s', async () => {
      const files = store();
      const aliceKeys = [await committed(ALICE, binary(1)), aKey(ALICE, 'resume', '.txt')];
      await files.commit(await files.stage(chunksOf(binary(1))), { key: aliceKeys[1]!, displayName: 'cv.txt' });
      const bobKey = await committed(BOB, binary(3));
      const inFlight = await files.stage(chunksOf(binary(1)));

      expect(await files.removeAll(ALICE)).toBe(2);
      for (const key of aliceKeys) expect(await files.open(ALICE, key)).toBeNull();
      expect(await readAll((await files.open(BOB, bobKey))!.bytes)).toEqual(binary(3));
      expect(await files.removeAll(ALICE)).toBe(0);
      expect(await files.removeAll(0)).toBe(0);
      // An upload in flight is nobody's yet; it can still be committed.
      const late = aKey(ALICE);
      await files.commit(inFlight, { key: late, displayName: 'late.pdf' });
      expect((await files.open(ALICE, late))?.size).toBe(256);
    });

    it('list names the owner\u2019s committed files, sorted, and nothing staged or foreign', async () => {
      const files = store();
      expect(await files.list(ALICE)).toEqual([]);
      const aliceKeys = [await committed(ALICE, binary(1)), aKey(ALICE, 'resume', '.txt'), await committed(ALICE, binary(2))];
      await files.commit(await files.stage(chunksOf(binary(1))), { key: aliceKeys[1]!, displayName: 'cv.txt' });
      const bobKey = await committed(BOB, binary(3));
      await files.stage(chunksOf(binary(1)));

      expect(await files.list(ALICE)).toEqual([...aliceKeys].sort());
      expect(await files.list(BOB)).toEqual([bobKey]);
      expect(await files.list(3)).toEqual([]);
      for (const owner of [0, -1, 1.5, Number.NaN]) expect(await files.list(owner)).toEqual([]);
      await files.remove(ALICE, aliceKeys[0]!);
      expect(await files.list(ALICE)).toEqual(aliceKeys.slice(1).sort());
    });

    it('sweep removes staged leftovers and keeps committed files', async () => {
      const files = store();
      const key = await committed(ALICE, binary(5), 'kept.pdf');
      const leftovers = [await files.stage(chunksOf(binary(1))), await files.stage(chunksOf(binary(2)))];

      expect(await files.sweep({ stagedBefore: new Date() })).toBe(2);
      for (const staged of leftovers) await expect(files.commit(staged, { key: aKey(ALICE), displayName: 'x' })).rejects.toThrow();
      const kept = await files.open(ALICE, key);
      expect(kept?.displayName).toBe('kept.pdf');
      expect(await readAll(kept!.bytes)).toEqual(binary(5));
      expect(await files.sweep({ stagedBefore: new Date() })).toBe(0);
    });

    it('sweep keeps uploads staged after the cutoff', async () => {
      const files = store();
      const staged = await files.stage(chunksOf(binary(1)));
      expect(await files.sweep({ stagedBefore: new Date(Date.now() - 60_000) })).toBe(0);
      const key = aKey(ALICE);
      await files.commit(staged, { key, displayName: 'a.pdf' });
      expect((await files.open(ALICE, key))?.size).toBe(256);
    });

    it('concurrent uploads each land intact', async () => {
      const files = store();
      const uploads = Array.from({ length: 8 }, (_, n) => ({ key: aKey(n % 2 === 0 ? ALICE : BOB), bytes: binary(n + 1) }));
      await Promise.all(
        uploads.map(async ({ key, bytes }) => files.commit(await files.stage(chunksOf(bytes, [33, 1000])), { key, displayName: key.slice(-8) })),
      );
      for (const { key, bytes } of uploads) {
        const file = await files.open(Number(key.split('/')[1]), key);
        expect(file?.displayName).toBe(key.slice(-8));
        expect(await readAll(file!.bytes)).toEqual(bytes);
      }
    });
  });
}
