import { describe, expect, it } from 'vitest';
import { createInMemoryFileStore } from '../testing/in-memory-file-store.js';
import { MAX_UPLOAD_BYTES } from './file-rules.js';
import { discardUpload, stageUpload } from './stage-upload.js';
import { chunksOf, NOW, PDF, PNG, text } from './test-support/file-fixtures.js';

const store = () => createInMemoryFileStore({ now: () => NOW });

describe('stageUpload', () => {
  it('stages every byte while counting and sniffing them, and sanitises the name', async () => {
    const files = store();
    const upload = await stageUpload({ files }, { filename: '../../etc/CV\u202e.PDF', bytes: chunksOf(PDF, 3) });
    expect(upload).toMatchObject({ displayName: 'CV.PDF', extension: '.pdf', size: PDF.length, tooLarge: false, content: 'pdf' });
    expect(files.inspect().staged).toEqual([upload.staged.stagingId]);
    expect(files.inspect().committed).toEqual([]);
  });

  it('accepts exactly the limit', async () => {
    const upload = await stageUpload({ files: store() }, { filename: 'a.txt', bytes: chunksOf(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x61), 65536) });
    expect(upload).toMatchObject({ size: MAX_UPLOAD_BYTES, tooLarge: false, content: 'text' });
  });

  it('stops reading and writing past the limit and closes the source', async () => {
    const files = store();
    let chunksRead = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          chunksRead++;
          yield new Uint8Array(1024 * 1024);
        }
      } finally {
        closed = true;
      }
    }
    const upload = await stageUpload({ files }, { filename: 'big.pdf', bytes: endless() });
    expect(upload).toMatchObject({ size: MAX_UPLOAD_BYTES + 1, tooLarge: true });
    expect(chunksRead).toBe(6);
    expect(closed).toBe(true);
    // Only the chunks within the limit were written.
    const key = 'uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf';
    await files.commit(upload.staged, { key, displayName: 'big.pdf' });
    expect((await files.open(1, key))?.size).toBe(MAX_UPLOAD_BYTES);
  });

  it('detects the content from the bytes, not the name', async () => {
    const upload = await stageUpload({ files: store() }, { filename: 'photo.pdf', bytes: chunksOf(PNG, 5) });
    expect(upload).toMatchObject({ extension: '.pdf', content: 'png' });
  });

  it('passes a failing source on and leaves nothing staged', async () => {
    const files = store();
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield text('partial');
      throw new Error('client went away');
    }
    await expect(stageUpload({ files }, { filename: 'a.txt', bytes: broken() })).rejects.toThrow('client went away');
    expect(files.inspect().staged).toEqual([]);
  });

  it('stages an empty file', async () => {
    const files = store();
    const upload = await stageUpload({ files }, { filename: 'empty.txt', bytes: chunksOf(new Uint8Array(0)) });
    expect(upload).toMatchObject({ size: 0, content: 'text', tooLarge: false });
  });
});

describe('discardUpload', () => {
  it('drops the staged bytes', async () => {
    const files = store();
    const upload = await stageUpload({ files }, { filename: 'a.txt', bytes: chunksOf(text('hello')) });
    await discardUpload({ files }, upload);
    expect(files.inspect().staged).toEqual([]);
  });

  it('does not fail when the store cannot discard (the sweep removes it later)', async () => {
    const files = store();
    const upload = await stageUpload({ files }, { filename: 'a.txt', bytes: chunksOf(text('hello')) });
    await expect(discardUpload({ files: { discard: () => Promise.reject(new Error('EIO')) } }, upload)).resolves.toBeUndefined();
  });
});
