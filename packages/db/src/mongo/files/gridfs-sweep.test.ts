/** The sweep of what crashed uploads leave in the bucket: staged files, and chunks whose files
 * document never arrived (GridFS writes the chunks first). */
import { ObjectId } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDriverGridFsOverMingo } from '../../test-support/driver-gridfs-over-mingo.js';
import { openMingoGridFs, openRealGridFs, SMALL_CHUNKS, type GridFsFixture, type OpenGridFs } from '../../test-support/temp-gridfs.js';
import { realMongoUri, warnRealMongoSkipped } from '../../test-support/temp-mongo-store.js';

const KEY = 'uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf';
const DAY = 24 * 60 * 60 * 1000;

async function* bytesOf(length: number): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(length).fill(7);
}

function write(upload: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => upload.write(bytes, (error) => (error ? reject(error) : resolve())));
}

function describeGridFsSweep(name: string, open: OpenGridFs): void {
  describe(`GridFS sweep (${name})`, () => {
    let fixture: GridFsFixture;
    let files: GridFsFixture['files'];
    let db: GridFsFixture['db'];
    const chunksOf = (id: ObjectId) => db.collection('media.chunks').countDocuments({ files_id: id });

    beforeEach(async () => {
      fixture = await open();
      ({ files, db } = fixture);
    });
    afterEach(async () => {
      await fixture.close();
    });

    /** An upload killed after writing `length` bytes: the chunks a process wrote before it died,
     * with the file id it took when the upload started at `startedAt`. */
    async function killedUpload(startedAt: Date, length: number): Promise<ObjectId> {
      const id = ObjectId.createFromTime(Math.floor(startedAt.getTime() / 1000));
      const upload = fixture.bucket.openUploadStreamWithId(id, `staging/${id.toHexString()}`, { metadata: { staged: true } });
      await write(upload, new Uint8Array(length));
      // Never ended: the files document is never written.
      return id;
    }

    it('removes the chunks of an upload killed mid-write, once it started before the cutoff', async () => {
      const started = new Date('2025-01-01T10:00:00.000Z');
      const id = await killedUpload(started, 2500);
      expect(await chunksOf(id)).toBe(2);
      expect(await db.collection('media.files').countDocuments({})).toBe(0);

      expect(await files.sweep({ stagedBefore: new Date(started.getTime() - DAY) })).toBe(0);
      expect(await chunksOf(id)).toBe(2);
      expect(await files.sweep({ stagedBefore: new Date(started.getTime() + DAY) })).toBe(1);
      expect(await chunksOf(id)).toBe(0);
      expect(await files.sweep({ stagedBefore: new Date(started.getTime() + DAY) })).toBe(0);
    });

    it('counts an upload as started only once its whole second has passed (ObjectId time has seconds)', async () => {
      const started = new Date('2025-01-01T10:00:00.000Z');
      await killedUpload(started, 1000);
      expect(await files.sweep({ stagedBefore: new Date(started.getTime() + 999) })).toBe(0);
      expect(await files.sweep({ stagedBefore: new Date(started.getTime() + 1000) })).toBe(1);
    });

    it('removes chunks a crash left between the two deletes of a removal, and keeps every named file', async () => {
      await files.commit(await files.stage(bytesOf(2500)), { key: KEY, displayName: 'kept.pdf' });
      const doomed = `uploads/1/resume/3c2d1d2f-6e70-4b8c-9d0e-1f2a3b4c5d6e.pdf`;
      await files.commit(await files.stage(bytesOf(1500)), { key: doomed, displayName: 'gone.pdf' });
      const inFlight = await files.stage(bytesOf(1200));
      // The files document is deleted, the process dies before the chunks go.
      await db.collection('media.files').deleteOne({ filename: doomed });
      expect(await db.collection('media.chunks').countDocuments({})).toBe(3 + 2 + 2);

      expect(await files.sweep({ stagedBefore: new Date(Date.now() - 60_000) })).toBe(0);
      // Ids made within the last second are not surely before the cutoff: step past it.
      expect(await files.sweep({ stagedBefore: new Date(Date.now() + 1000) })).toBe(2);
      expect(await db.collection('media.chunks').countDocuments({})).toBe(3);
      expect(await files.open(1, doomed)).toBeNull();
      const kept = await files.open(1, KEY);
      expect(kept).toMatchObject({ size: 2500, displayName: 'kept.pdf' });
      let read = 0;
      for await (const chunk of kept!.bytes) read += chunk.length;
      expect(read).toBe(2500);
      await expect(files.commit(inFlight, { key: doomed, displayName: 'x' })).rejects.toThrow(/no such staged file/);
    });

    it('removes staged files by when their upload finished, with their chunks', async () => {
      const old = await files.stage(bytesOf(1500));
      const recent = await files.stage(bytesOf(1500));
      const finished = new Date('2025-01-01T10:00:00.000Z');
      const oldId = ObjectId.createFromHexString(old.stagingId);
      await db.collection('media.files').updateOne({ _id: oldId }, { $set: { uploadDate: finished } });

      expect(await files.sweep({ stagedBefore: new Date(finished.getTime() - 1) })).toBe(0);
      expect(await files.sweep({ stagedBefore: finished })).toBe(1);
      expect(await chunksOf(oldId)).toBe(0);
      await files.commit(recent, { key: KEY, displayName: 'a.pdf' });
      expect((await files.open(1, KEY))?.size).toBe(1500);
    });
  });
}

describeGridFsSweep('in-process bucket', () => openMingoGridFs());
describeGridFsSweep('driver\u2019s bucket over the in-process database', () => openDriverGridFsOverMingo(SMALL_CHUNKS));
const uri = realMongoUri();
if (uri === undefined) warnRealMongoSkipped('GridFS sweep run');
else describeGridFsSweep('real MongoDB', () => openRealGridFs(uri));

// Needs the in-process database's interleaving (each operation waits one turn, in call order).
describe('GridFS sweep racing a commit (in-process bucket)', () => {
  let fixture: GridFsFixture;
  beforeEach(async () => {
    fixture = await openMingoGridFs();
  });

  it('never takes the bytes of a file committed between its lookup and its delete', async () => {
    const staged = await fixture.files.stage(bytesOf(1500));
    // Each operation of the in-process database waits one turn: the sweep's lookup runs first
    // and still sees the file staged, the commit lands next, then the sweep's delete.
    const [swept, committed] = await Promise.allSettled([
      fixture.files.sweep({ stagedBefore: new Date(Date.now() + 1000) }),
      fixture.files.commit(staged, { key: KEY, displayName: 'a.pdf' }),
    ]);
    expect(swept).toEqual({ status: 'fulfilled', value: 0 });
    expect(committed.status).toBe('fulfilled');
    const file = await fixture.files.open(1, KEY);
    let read = 0;
    for await (const chunk of file!.bytes) read += chunk.length;
    expect(read).toBe(1500);
  });
});
