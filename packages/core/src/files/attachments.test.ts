import { describe, expect, it } from 'vitest';
import type { Application, Attachment } from '../applications/application.js';
import { appendAttachment, attachTargetOrFail, removeAttachment } from './attachments.js';
import { fakeApplications } from './test-support/file-fixtures.js';

const ID = '6650f1c2a1b2c3d4e5f60718';
const NOW = new Date('2025-01-25T09:00:00.123Z');

const attachment = (n: number): Attachment => ({
  filename: `f${n}.pdf`,
  original_name: `f${n}.pdf`,
  file_path: `uploads/1/document/${n}.pdf`,
  file_url: `/media/uploads/1/document/${n}.pdf`,
  file_size: n,
  file_type: 'pdf',
  uploaded_at: NOW,
});

const app = (attachments: Attachment[] = []): Application => ({ id: ID, user_id: 1, company: { name: 'A' }, job: { title: 'B' }, attachments });

describe('attachTargetOrFail', () => {
  it.each([
    ['not-an-id', 1, 'APPLICATION.INVALID_ID'],
    ['6650f1c2a1b2c3d4e5f6071', 1, 'APPLICATION.INVALID_ID'],
    ['6650f1c2a1b2c3d4e5f60719', 1, 'APPLICATION.NOT_FOUND'],
    [ID, 2, 'APPLICATION.NOT_FOUND'],
  ])('%s for user %s -> %s', async (rawId, userId, code) => {
    await expect(attachTargetOrFail(fakeApplications([app()]), userId, rawId)).rejects.toMatchObject({ code });
  });

  it('accepts uppercase hex and returns the lowercase id', async () => {
    await expect(attachTargetOrFail(fakeApplications([app()]), 1, ID.toUpperCase())).resolves.toBe(ID);
  });
});

describe('appendAttachment', () => {
  it('keeps every one of many concurrent appends', async () => {
    const repo = fakeApplications([app()]);
    await Promise.all(Array.from({ length: 10 }, (_, n) => appendAttachment(repo, { userId: 1, id: ID, attachment: attachment(n), now: NOW })));
    expect(repo.docs.get(ID)?.attachments).toHaveLength(10);
    expect(repo.docs.get(ID)?.updated_at).toEqual(NOW);
  });

  it('reports a vanished application as not found', async () => {
    await expect(appendAttachment(fakeApplications([]), { userId: 1, id: ID, attachment: attachment(1), now: NOW })).rejects.toMatchObject({
      code: 'APPLICATION.NOT_FOUND',
    });
  });
});

describe('removeAttachment', () => {
  it.each([
    ['bad', '0', 'ATTACHMENT.INVALID_ID'],
    ['6650f1c2a1b2c3d4e5f60719', '0', 'APPLICATION.NOT_FOUND'],
    ['6650f1c2a1b2c3d4e5f60719', '9', 'APPLICATION.NOT_FOUND'],
    [ID, '2', 'ATTACHMENT.INVALID_INDEX'],
    [ID, '-1', 'ATTACHMENT.INVALID_INDEX'],
    [ID, 'x', 'ATTACHMENT.INVALID_INDEX'],
    [ID, 1.5, 'ATTACHMENT.INVALID_INDEX'],
  ])('%s / %s -> %s', async (rawId, rawIndex, code) => {
    const repo = fakeApplications([app([attachment(0), attachment(1)])]);
    await expect(removeAttachment(repo, { userId: 1, rawId, rawIndex, now: NOW })).rejects.toMatchObject({ code });
    expect(repo.docs.get(ID)?.attachments).toHaveLength(2);
  });

  it('removes exactly the indexed element and returns it', async () => {
    const repo = fakeApplications([app([attachment(0), attachment(1), attachment(2)])]);
    const removed = await removeAttachment(repo, { userId: 1, rawId: ID, rawIndex: '1', now: NOW });
    expect(removed.file_path).toBe('uploads/1/document/1.pdf');
    expect(repo.docs.get(ID)?.attachments?.map((a) => a.file_size)).toEqual([0, 2]);
  });
});
