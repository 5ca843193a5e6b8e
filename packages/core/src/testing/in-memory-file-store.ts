/** A FileStore in memory, for core tests and as a reference the adapters' conformance suite
 * also runs against. Keys and owners are checked exactly as the real adapters check them. */
import { isOwnFileKey, parseFileKey } from '../files/file-key.js';
import type { FileStore, StagedFile } from '../files/file-store.js';

export type InMemoryFileStore = FileStore & {
  /** What is held right now: staging ids and committed keys, for assertions. */
  inspect(): { staged: string[]; committed: string[] };
};

type Staged = { bytes: Uint8Array; writtenAt: number };
type Committed = { bytes: Uint8Array; displayName: string };

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `now` stamps staged files, so `sweep` can tell old leftovers from uploads in flight. */
export function createInMemoryFileStore(options: { now: () => Date }): InMemoryFileStore {
  const staged = new Map<string, Staged>();
  const committed = new Map<string, Committed>();
  let counter = 0;

  return {
    async stage(bytes) {
      const chunks: Uint8Array[] = [];
      // Copies, since a source may reuse its buffers.
      for await (const chunk of bytes) chunks.push(chunk.slice());
      const stagingId = `staged-${++counter}`;
      staged.set(stagingId, { bytes: concat(chunks), writtenAt: options.now().getTime() });
      return { stagingId };
    },

    async commit(file: StagedFile, target) {
      if (!parseFileKey(target.key)) throw new Error('in-memory files: refusing a key that is not server-shaped');
      const entry = staged.get(file.stagingId);
      if (!entry) throw new Error('in-memory files: no such staged file');
      staged.delete(file.stagingId);
      committed.set(target.key, { bytes: entry.bytes, displayName: target.displayName });
    },

    async discard(file) {
      staged.delete(file.stagingId);
    },

    async remove(ownerId, key) {
      if (!isOwnFileKey(key, ownerId)) return false;
      committed.delete(key);
      return true;
    },

    async removeAll(ownerId) {
      let count = 0;
      for (const key of [...committed.keys()]) {
        if (isOwnFileKey(key, ownerId)) {
          committed.delete(key);
          count++;
        }
      }
      return count;
    },

    async list(ownerId) {
      return [...committed.keys()].filter((key) => isOwnFileKey(key, ownerId)).sort();
    },

    async open(ownerId, key) {
      const entry = isOwnFileKey(key, ownerId) ? committed.get(key) : undefined;
      if (!entry) return null;
      const { bytes } = entry;
      return {
        size: bytes.length,
        displayName: entry.displayName,
        bytes: (async function* () {
          yield bytes.slice();
        })(),
      };
    },

    async sweep({ stagedBefore }) {
      let count = 0;
      for (const [stagingId, entry] of [...staged]) {
        if (entry.writtenAt <= stagedBefore.getTime()) {
          staged.delete(stagingId);
          count++;
        }
      }
      return count;
    },

    inspect() {
      return { staged: [...staged.keys()], committed: [...committed.keys()] };
    },
  };
}
