import { describe, expect, it } from 'vitest';
import { createInMemoryFileStore, type InMemoryFileStore } from '../testing/in-memory-file-store.js';
import { MAX_UPLOAD_BYTES } from './file-rules.js';
import { stageUpload, type StagedUpload } from './stage-upload.js';
import { anApplication, APP_ID, chunksOf, applicationsHolding, fakeUsers, stored, NOW, PDF, PNG, readAll, sequentialUuids, text } from './test-support/file-fixtures.js';
import { attachFile, uploadFile, uploadResume } from './upload-use-cases.js';

const FIRST_UUID = '00000000-0001-4000-8000-000000000001';

async function setup() {
  const files = createInMemoryFileStore({ now: () => NOW });
  const deps = { files, random: sequentialUuids(), users: fakeUsers([1]), applications: await applicationsHolding([anApplication()]) };
  const stage = (filename: string, bytes: Uint8Array): Promise<StagedUpload> => stageUpload(deps, { filename, bytes: chunksOf(bytes, bytes.length > 4096 ? 65536 : 7) });
  return { files, deps, stage };
}

const leavesNothing = (files: InMemoryFileStore) => expect(files.inspect()).toEqual({ staged: [], committed: [] });

describe('uploadFile', () => {
  it('commits a valid file under a server key and returns its record', async () => {
    const { files, deps, stage } = await setup();
    const attachment = await uploadFile(deps, { userId: 1, upload: await stage('dir/My CV.pdf', PDF), kind: undefined, now: NOW });
    expect(attachment).toEqual({
      filename: 'My CV.pdf',
      original_name: 'My CV.pdf',
      file_path: `uploads/1/document/${FIRST_UUID}.pdf`,
      file_url: `/media/uploads/1/document/${FIRST_UUID}.pdf`,
      file_size: PDF.length,
      file_type: 'pdf',
      uploaded_at: NOW,
    });
    expect(files.inspect()).toEqual({ staged: [], committed: [attachment.file_path] });
    const stored = await files.open(1, attachment.file_path);
    expect(stored?.displayName).toBe('My CV.pdf');
    expect(await readAll(stored!.bytes)).toEqual(PDF);
  });

  it('takes the kind from the form field', async () => {
    const { deps, stage } = await setup();
    const attachment = await uploadFile(deps, { userId: 1, upload: await stage('cv.pdf', PDF), kind: 'resume', now: NOW });
    expect(attachment.file_path).toBe(`uploads/1/resume/${FIRST_UUID}.pdf`);
  });

  it('refuses a missing file, and a name with nothing usable left, as no file', async () => {
    const { files, deps, stage } = await setup();
    await expect(uploadFile(deps, { userId: 1, upload: null, kind: undefined, now: NOW })).rejects.toMatchObject({ code: 'FILE.MISSING' });
    await expect(uploadFile(deps, { userId: 1, upload: await stage('dir/', PDF), kind: undefined, now: NOW })).rejects.toMatchObject({
      code: 'FILE.MISSING',
    });
    leavesNothing(files);
  });

  it.each([
    {
      name: 'size and type together, size first',
      filename: 'evil.pdf.exe',
      bytes: new Uint8Array(MAX_UPLOAD_BYTES + 10),
      kind: 'document',
      errors: ['File size exceeds 5MB limit', 'File type .exe not allowed. Allowed types: .pdf, .doc, .docx, .txt, .jpg, .jpeg, .png'],
    },
    { name: 'too large only', filename: 'a.pdf', bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1), kind: 'document', errors: ['File size exceeds 5MB limit'] },
    {
      name: 'an image as a resume',
      filename: 'a.png',
      bytes: PNG,
      kind: 'resume',
      errors: ['File type .png not allowed. Allowed types: .pdf, .doc, .docx, .txt'],
    },
    { name: 'an unknown kind', filename: 'a.pdf', bytes: PDF, kind: 'avatar', errors: ['File type .pdf not allowed. Allowed types: '] },
    { name: 'content that does not match', filename: 'a.pdf', bytes: text('plain text'), kind: 'document', errors: ['File content does not match the .pdf extension'] },
    { name: 'an executable named .txt', filename: 'a.txt', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]), kind: 'document', errors: ['File content does not match the .txt extension'] },
  ])('refuses $name, leaving nothing', async ({ filename, bytes, kind, errors }) => {
    const { files, deps, stage } = await setup();
    await expect(uploadFile(deps, { userId: 1, upload: await stage(filename, bytes), kind, now: NOW })).rejects.toMatchObject({
      code: 'FILE.INVALID',
      details: { errors },
    });
    leavesNothing(files);
  });

  it('reports the rule error even when the staged file cannot be discarded', async () => {
    const { files, deps, stage } = await setup();
    const upload = await stage('a.exe', PDF);
    const failingDiscard = { ...deps, files: { ...files, discard: () => Promise.reject(new Error('EIO')) } };
    await expect(uploadFile(failingDiscard, { userId: 1, upload, kind: undefined, now: NOW })).rejects.toMatchObject({ code: 'FILE.INVALID' });
  });
});

describe('uploadResume', () => {
  it("stores a resume and points the profile's resume_url at it", async () => {
    const { files, deps, stage } = await setup();
    const attachment = await uploadResume(deps, { userId: 1, upload: await stage('cv.txt', text('Ada Lovelace')), now: NOW });
    expect(attachment.file_path).toBe(`uploads/1/resume/${FIRST_UUID}.txt`);
    expect(deps.users.resumeUrls.get(1)).toBe(attachment.file_url);
    expect(files.inspect().committed).toEqual([attachment.file_path]);
  });

  it('refuses a document-only type for a resume', async () => {
    const { files, deps, stage } = await setup();
    await expect(uploadResume(deps, { userId: 1, upload: await stage('a.png', PNG), now: NOW })).rejects.toMatchObject({ code: 'FILE.INVALID' });
    leavesNothing(files);
    expect(deps.users.resumeUrls.get(1)).toBeNull();
  });

  it('removes the file again when the profile cannot be updated', async () => {
    const { files, deps, stage } = await setup();
    await expect(uploadResume(deps, { userId: 2, upload: await stage('cv.pdf', PDF), now: NOW })).rejects.toMatchObject({ code: 'AUTH.USER_NOT_FOUND' });
    leavesNothing(files);
  });

  it('reports the record error, not a failing removal', async () => {
    const { files, deps, stage } = await setup();
    const broken = { ...deps, users: { update: () => Promise.reject(new Error('database is locked')) }, files: { ...files, remove: () => Promise.reject(new Error('EIO')) } };
    await expect(uploadResume(broken, { userId: 1, upload: await stage('cv.pdf', PDF), now: NOW })).rejects.toThrow('database is locked');
  });
});

describe('attachFile', () => {
  it('commits the file and appends its record to the application', async () => {
    const { files, deps, stage } = await setup();
    const attachment = await attachFile(deps, { userId: 1, upload: await stage('offer.png', PNG), rawId: APP_ID.toUpperCase(), now: NOW });
    expect(attachment).toMatchObject({ file_path: `uploads/1/document/${FIRST_UUID}.png`, file_type: 'png', file_size: PNG.length });
    expect((await stored(deps.applications))).toMatchObject({ attachments: [attachment], updated_at: NOW });
    expect(files.inspect().committed).toEqual([attachment.file_path]);
  });

  it.each([
    { name: 'file present beats the id', filename: null, rawId: 'bad', userId: 1, code: 'FILE.MISSING' },
    { name: 'file rules beat the id', filename: 'a.exe', rawId: 'bad', userId: 1, code: 'FILE.INVALID' },
    { name: 'then the id format', filename: 'a.pdf', rawId: 'bad', userId: 1, code: 'APPLICATION.INVALID_ID' },
    { name: 'then existence', filename: 'a.pdf', rawId: '6650f1c2a1b2c3d4e5f60719', userId: 1, code: 'APPLICATION.NOT_FOUND' },
    { name: "someone else's application", filename: 'a.pdf', rawId: APP_ID, userId: 2, code: 'APPLICATION.NOT_FOUND' },
  ])('$name ($code) and leaves nothing', async ({ filename, rawId, userId, code }) => {
    const { files, deps, stage } = await setup();
    const upload = filename === null ? null : await stage(filename, PDF);
    await expect(attachFile(deps, { userId, upload, rawId, now: NOW })).rejects.toMatchObject({ code });
    leavesNothing(files);
    expect((await stored(deps.applications))?.attachments).toEqual([]);
  });

  it('removes the file when the application vanishes before the append', async () => {
    const { files, deps, stage } = await setup();
    const vanishing = { ...deps, applications: { findById: deps.applications.findById.bind(deps.applications), update: async () => null } };
    await expect(attachFile(vanishing, { userId: 1, upload: await stage('a.pdf', PDF), rawId: APP_ID, now: NOW })).rejects.toMatchObject({
      code: 'APPLICATION.NOT_FOUND',
    });
    leavesNothing(files);
  });

  it('keeps every one of many concurrent attaches, each with its own file', async () => {
    const { files, deps, stage } = await setup();
    const uploads = await Promise.all(Array.from({ length: 10 }, (_, n) => stage(`f${n}.txt`, text(`file ${n}`))));
    await Promise.all(uploads.map((upload) => attachFile(deps, { userId: 1, upload, rawId: APP_ID, now: NOW })));
    const attachments = (await stored(deps.applications))?.attachments ?? [];
    expect(attachments).toHaveLength(10);
    expect(files.inspect().committed.sort()).toEqual(attachments.map((a) => a.file_path).sort());
    expect(new Set(attachments.map((a) => a.file_path)).size).toBe(10);
  });
});
