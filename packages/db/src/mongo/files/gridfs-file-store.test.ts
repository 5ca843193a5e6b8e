import { MongoClient, ObjectId, type Collection } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFileStore } from '../../test-support/conformance/index.js';
import { openDriverGridFsOverMingo } from '../../test-support/driver-gridfs-over-mingo.js';
import { openMingoGridFs, openRealGridFs, SMALL_CHUNKS, type GridFsFixture, type OpenGridFs } from '../../test-support/temp-gridfs.js';
import { realMongoUri, warnRealMongoSkipped } from '../../test-support/temp-mongo-store.js';
import { driverGridFs } from './open-gridfs.js';

// The real-server conformance runs are registered in open-mongo.test.ts with the others.
describeFileStore('GridFS over the in-process bucket, 1000-byte chunks', () => openMingoGridFs());
describeFileStore('GridFS over the in-process bucket, default chunks', () => openMingoGridFs({}));
describeFileStore('GridFS with the driver\u2019s bucket over the in-process database', () => openDriverGridFsOverMingo(SMALL_CHUNKS));

const UUID = '2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d';
const KEY = `uploads/1/document/${UUID}.pdf`;
const BOB_KEY = `uploads/2/document/${UUID}.pdf`;

async function* bytesOf(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

/** `length` bytes counting up, so a chunk out of order shows. */
function counting(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => i % 251);
}

async function readAll(bytes: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  return Uint8Array.from(Buffer.concat(chunks));
}

function describeGridFsFileStore(name: string, open: OpenGridFs): void {
  describe(`GridFS file store (${name})`, () => {
    let fixture: GridFsFixture;
    let files: GridFsFixture['files'];
    let db: GridFsFixture['db'];
    const filesDocuments = () => db.collection('media.files').find({}).toArray();
    const chunkDocuments = () => db.collection('media.chunks').find({}, { sort: { n: 1 } }).toArray();

    beforeEach(async () => {
      fixture = await open();
      ({ files, db } = fixture);
    });
    afterEach(async () => {
      await fixture.close();
    });

    describe('layout in the bucket', () => {
      it('stages chunks and a files document under a staging name, then commits by renaming it in place', async () => {
        const staged = await files.stage(bytesOf(counting(1500), counting(1000)));
        const id = ObjectId.createFromHexString(staged.stagingId);
        expect(await filesDocuments()).toEqual([
          {
            _id: id,
            length: 2500,
            chunkSize: 1000,
            uploadDate: expect.any(Date),
            filename: `staging/${staged.stagingId}`,
            metadata: { staged: true },
          },
        ]);
        const chunks = await chunkDocuments();
        expect(chunks.map(({ files_id, n, data }) => ({ files_id, n, size: data.buffer.length }))).toEqual([
          { files_id: id, n: 0, size: 1000 },
          { files_id: id, n: 1, size: 1000 },
          { files_id: id, n: 2, size: 500 },
        ]);

        await files.commit(staged, { key: KEY, displayName: 'CV.pdf' });
        expect(await filesDocuments()).toEqual([
          {
            _id: id,
            length: 2500,
            chunkSize: 1000,
            uploadDate: expect.any(Date),
            filename: KEY,
            metadata: { owner: 1, displayName: 'CV.pdf' },
          },
        ]);
        expect(await chunkDocuments()).toEqual(chunks);
        expect(await readAll((await files.open(1, KEY))!.bytes)).toEqual(Uint8Array.from(Buffer.concat([counting(1500), counting(1000)])));
      });

      it('creates the driver\u2019s indexes and a unique filename at open', async () => {
        const names = async (collection: string) =>
          (await db.collection(collection).indexes()).map((index) => [index['name'], index['key'], index['unique'] === true]);
        expect(await names('media.files')).toEqual([
          ['_id_', { _id: 1 }, false],
          ['filename_1_uploadDate_1', { filename: 1, uploadDate: 1 }, false],
          ['filename_unique', { filename: 1 }, true],
        ]);
        expect(await names('media.chunks')).toEqual([
          ['_id_', { _id: 1 }, false],
          ['files_id_1_n_1', { files_id: 1, n: 1 }, true],
        ]);
      });

      it('leaves no chunk behind: failed source, discard, remove, removeAll', async () => {
        async function* broken(): AsyncGenerator<Uint8Array> {
          yield counting(2500);
          throw new Error('client went away');
        }
        await expect(files.stage(broken())).rejects.toThrow('client went away');
        expect(await chunkDocuments()).toEqual([]);

        await files.discard(await files.stage(bytesOf(counting(1200))));
        await files.commit(await files.stage(bytesOf(counting(1200))), { key: KEY, displayName: 'a.pdf' });
        expect(await files.remove(1, KEY)).toBe(true);
        await files.commit(await files.stage(bytesOf(counting(1200))), { key: KEY, displayName: 'a.pdf' });
        expect(await files.removeAll(1)).toBe(1);
        expect(await filesDocuments()).toEqual([]);
        expect(await chunkDocuments()).toEqual([]);
      });

      it('a key holds one file: a second commit to it fails and leaves both files as they were', async () => {
        await files.commit(await files.stage(bytesOf(counting(10))), { key: KEY, displayName: 'first.pdf' });
        const second = await files.stage(bytesOf(counting(20)));
        await expect(files.commit(second, { key: KEY, displayName: 'second.pdf' })).rejects.toMatchObject({ code: 11000 });
        expect(await files.open(1, KEY)).toMatchObject({ size: 10, displayName: 'first.pdf' });
        const other = `uploads/1/document/${UUID.replace('2b', '4b')}.pdf`;
        await files.commit(second, { key: other, displayName: 'second.pdf' });
        expect((await files.open(1, other))?.size).toBe(20);
      });

      it('of two simultaneous commits of one staged file exactly one wins', async () => {
        const staged = await files.stage(bytesOf(counting(10)));
        const other = `uploads/1/resume/${UUID}.pdf`;
        const results = await Promise.allSettled([
          files.commit(staged, { key: KEY, displayName: 'a.pdf' }),
          files.commit(staged, { key: other, displayName: 'b.pdf' }),
        ]);
        expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect(await filesDocuments()).toHaveLength(1);
      });

      it('reads a file as the driver stored it and fails on a missing chunk', async () => {
        await files.commit(await files.stage(bytesOf(counting(2500))), { key: KEY, displayName: 'a.pdf' });
        await db.collection('media.chunks').deleteOne({ n: 1 });
        const file = await files.open(1, KEY);
        expect(file?.size).toBe(2500);
        await expect(readAll(file!.bytes)).rejects.toThrow(/ChunkIsMissing/);
      });
    });

    describe('keys that are not server-shaped', () => {
      /** A committed-looking files document written by something other than this store. */
      async function plant(filename: string, owner: number): Promise<void> {
        const upload = fixture.bucket.openUploadStreamWithId(new ObjectId(), filename, { metadata: { owner, displayName: 'x' } });
        await new Promise<void>((resolve, reject) =>
          upload.end(Buffer.from('planted'), (error?: Error | null) => (error ? reject(error) : resolve())),
        );
      }

      const planted = [
        'uploads/1/document/notes.txt',
        `uploads/1/document/../document/${UUID}.pdf`,
        `/uploads/1/document/${UUID}.pdf`,
        `uploads/1/document/${UUID.toUpperCase()}.pdf`,
        `uploads/01/document/${UUID}.pdf`,
      ];

      it('are never opened or removed, even when a files document carries one with the owner', async () => {
        for (const filename of planted) await plant(filename, 1);
        for (const filename of planted) {
          expect(await files.open(1, filename), filename).toBeNull();
          expect(await files.remove(1, filename), filename).toBe(false);
        }
        expect((await filesDocuments()).map((document) => document['filename']).sort()).toEqual([...planted].sort());
      });

      it('the owner in the key and in the metadata must both be the caller', async () => {
        await plant(BOB_KEY, 1);
        expect(await files.open(1, BOB_KEY)).toBeNull();
        expect(await files.open(2, BOB_KEY)).toBeNull();
        expect(await files.remove(1, BOB_KEY)).toBe(false);
        expect(await files.removeAll(2)).toBe(0);
        expect(await filesDocuments()).toHaveLength(1);
      });

      it('commit refuses one before any write, leaving the staged document unchanged', async () => {
        const staged = await files.stage(bytesOf(counting(10)));
        const before = await filesDocuments();
        for (const key of [...planted, `uploads/1/document/${UUID}.pdf\u0000`]) {
          await expect(files.commit(staged, { key, displayName: 'x' }), key).rejects.toThrow(/server-shaped/);
        }
        expect(await filesDocuments()).toEqual(before);
      });

      it('operator objects in place of a key, an owner or a staging id are refused, never queried', async () => {
        await files.commit(await files.stage(bytesOf(counting(10))), { key: KEY, displayName: 'a.pdf' });
        const operator = { $ne: null } as unknown as string;
        expect(await files.open(1, operator)).toBeNull();
        expect(await files.remove(1, operator)).toBe(false);
        expect(await files.removeAll({ $gt: 0 } as unknown as number)).toBe(0);
        await expect(files.commit({ stagingId: operator }, { key: KEY, displayName: 'x' })).rejects.toThrow(/staging id/);
        await expect(files.discard({ stagingId: '.*' })).rejects.toThrow(/staging id/);
        expect(await filesDocuments()).toHaveLength(1);
      });
    });
  });
}

describeGridFsFileStore('in-process bucket', () => openMingoGridFs());
describeGridFsFileStore('driver\u2019s bucket over the in-process database', () => openDriverGridFsOverMingo(SMALL_CHUNKS));
const uri = realMongoUri();
if (uri === undefined) warnRealMongoSkipped('GridFS layout run');
else describeGridFsFileStore('real MongoDB', () => openRealGridFs(uri));

describe('the driver\u2019s bucket', () => {
  it('is what the in-process bucket imitates: the same documents for the same upload', async () => {
    const stored = async (fixture: GridFsFixture) => {
      const staged = await fixture.files.stage(bytesOf(counting(1500), counting(1000), new Uint8Array(0), counting(3)));
      const filesDocuments = await fixture.db.collection('media.files').find({}).toArray();
      const chunks = await fixture.db.collection('media.chunks').find({}, { sort: { n: 1 } }).toArray();
      return {
        files: filesDocuments.map(({ _id, uploadDate, filename, ...rest }) => ({
          ...rest,
          isId: _id instanceof ObjectId,
          uploadDate: uploadDate instanceof Date,
          filename: filename === `staging/${staged.stagingId}`,
        })),
        chunks: chunks.map(({ _id, files_id, n, data }) => ({
          isId: _id instanceof ObjectId,
          files_id: files_id.toHexString() === staged.stagingId,
          n,
          data: Buffer.from(data.buffer).toString('hex'),
        })),
      };
    };
    const driver = await stored(await openDriverGridFsOverMingo(SMALL_CHUNKS));
    expect(driver.chunks).toHaveLength(3);
    expect(await stored(await openMingoGridFs(SMALL_CHUNKS))).toEqual(driver);
  });

  it("makes every write with { w: 'majority', journal: true }: chunks, files documents, commits, deletes", async () => {
    const { files, writes } = await openDriverGridFsOverMingo(SMALL_CHUNKS);
    await files.commit(await files.stage(bytesOf(counting(2500))), { key: KEY, displayName: 'a.pdf' });
    await files.discard(await files.stage(bytesOf(counting(10))));
    expect(await files.remove(1, KEY)).toBe(true);
    expect(new Set(writes.map(({ collection, operation }) => `${collection} ${operation}`))).toEqual(
      new Set([
        'media.chunks insertOne',
        'media.files insertOne',
        'media.files updateOne',
        'media.files deleteOne',
        'media.chunks deleteMany',
      ]),
    );
    for (const write of writes) {
      expect(write.writeConcern, `${write.collection} ${write.operation}`).toMatchObject({ w: 'majority', journal: true });
    }
  });

  let client: MongoClient | undefined;
  afterEach(async () => {
    await client?.close();
  });

  it("writes through collections with { w: 'majority', journal: true }, whatever the client says", () => {
    // No server needed: nothing here does I/O.
    client = new MongoClient('mongodb://127.0.0.1:9/?w=1&journal=false');
    const { db, bucketName } = driverGridFs(client.db('jobtracker'));
    expect(bucketName).toBe('media');
    for (const name of ['media.files', 'media.chunks']) {
      expect((db.collection(name) as unknown as Collection).writeConcern).toMatchObject({ w: 'majority', journal: true });
    }
  });
});
