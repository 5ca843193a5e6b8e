/** Test helpers for the file use cases: byte sources, a uuid4 source, and small fakes of the
 * users' `update` (the shared in-memory repositories cover the rest). */
import type { Application, Attachment } from '../../applications/application.js';
import type { RandomSource } from '../../auth/tokens.js';
import type { UserRepository } from '../../users/ports.js';
import type { User } from '../../users/user.js';
import { InMemoryApplicationRepository } from '../../testing/index.js';

export const APP_ID = '6650f1c2a1b2c3d4e5f60718';
export const NOW = new Date('2025-01-25T09:00:00.123Z');

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);
export const PDF = text('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Yields `bytes` in chunks of `size`, as a request body arrives. */
export async function* chunksOf(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

export async function readAll(bytes: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
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

/** uuid4s as 32 hex characters: 00000000000140008000000000000001, ...02, ... */
export function sequentialUuids(): Pick<RandomSource, 'uuidHex'> {
  let n = 0;
  return { uuidHex: () => `${(++n).toString(16).padStart(12, '0')}4000${'8'}${n.toString(16).padStart(15, '0')}` };
}

/** The shared in-memory repository, holding `initial`. */
export async function applicationsHolding(initial: Application[]): Promise<InMemoryApplicationRepository> {
  const repository = new InMemoryApplicationRepository();
  for (const application of initial) await repository.create(application);
  return repository;
}

/** The user's stored document, or undefined. */
export const stored = (repository: InMemoryApplicationRepository, userId = 1, id = APP_ID) =>
  repository.findById(userId, id).then((found) => found ?? undefined);

/** How many applications `userId` has. */
export const countOf = async (repository: InMemoryApplicationRepository, userId = 1) =>
  (await repository.findPage(userId, {}, { offset: 0, limit: null })).total;

export const anApplication = (overrides: Partial<Application> = {}): Application => ({
  id: APP_ID,
  user_id: 1,
  company: { name: 'A' },
  job: { title: 'B' },
  attachments: [],
  ...overrides,
});

export const anAttachment = (key: string, size = 1): Attachment => ({
  filename: 'f.pdf',
  original_name: 'f.pdf',
  file_path: key,
  file_url: `/media/${key}`,
  file_size: size,
  file_type: 'pdf',
  uploaded_at: NOW,
});

/** Users' `update` only, with the resume_url kept per user id. */
export function fakeUsers(ids: number[]): Pick<UserRepository, 'update'> & { resumeUrls: Map<number, string | null> } {
  const resumeUrls = new Map<number, string | null>(ids.map((id) => [id, null]));
  return {
    resumeUrls,
    async update(id, change) {
      if (!resumeUrls.has(id)) return null;
      const next = change({ id, resume_url: resumeUrls.get(id) ?? null } as User);
      resumeUrls.set(id, next.resume_url ?? null);
      return { id, ...next } as User;
    },
  };
}
