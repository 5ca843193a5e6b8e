/** What the upload tests look at in the file store, whichever it is: the files under MEDIA_ROOT,
 * or the GridFS bucket's documents. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Document, MinimalDb } from '@jobtracker/db/mongo';
import { GRIDFS_CHUNKS, GRIDFS_FILES } from './mingo-store.js';

export type MediaProbe = {
  /** Every stored piece: each file under MEDIA_ROOT (uploads, staging, display names), or each
   * GridFS files and chunks document. */
  entries(): Promise<string[]>;
  /** The pieces the committed file `key` is stored as (with its display name, on disk). */
  entriesOf(key: string): Promise<string[]>;
  /** Keys of committed files under `uploads/`, or under `uploads/<below>/`. */
  committed(below?: string): Promise<string[]>;
  /** Bytes stored so far of each upload not committed (in flight, or staged and left). */
  staged(): Promise<number[]>;
  /** How many bytes of an upload in flight may not have reached the store yet: the multipart
   * parser's look-behind, plus a GridFS chunk not yet full. */
  stagingSlack: number;
  /** The committed file's bytes, or null. */
  read(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Makes removing `key` fail until the returned function runs. */
  jam(key: string): Promise<() => void>;
};

/** The multipart parser holds back at most a boundary's length before writing. */
const PARSER_LOOK_BEHIND = 1024;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

export function localMediaProbe(mediaRoot: string): MediaProbe {
  const keyOf = (path: string) => relative(mediaRoot, path).split(sep).join('/');
  return {
    entries: async () => filesUnder(mediaRoot).map(keyOf).sort(),
    entriesOf: async (key) => [key, `.names/${key}.json`].filter((entry) => existsSync(join(mediaRoot, entry))).sort(),
    committed: async (below) => filesUnder(join(mediaRoot, 'uploads', ...(below ? [below] : []))).map(keyOf).sort(),
    staged: async () => filesUnder(join(mediaRoot, '.staging')).map((path) => statSync(path).size),
    stagingSlack: PARSER_LOOK_BEHIND,
    read: async (key) => (existsSync(join(mediaRoot, key)) ? readFileSync(join(mediaRoot, key)) : null),
    exists: async (key) => existsSync(join(mediaRoot, key)),
    async jam(key) {
      // A directory where the file was: unlinking it fails whatever the process's rights.
      const path = join(mediaRoot, key);
      rmSync(path);
      mkdirSync(join(path, 'blocker'), { recursive: true });
      return () => rmSync(path, { recursive: true, force: true });
    },
  };
}

type ChunkDocument = { files_id: { toHexString(): string }; n: number; data: { buffer: Uint8Array } | Uint8Array };

const bytesOf = (chunk: ChunkDocument): Uint8Array => ('buffer' in chunk.data && !(chunk.data instanceof Uint8Array) ? chunk.data.buffer : (chunk.data as Uint8Array));

export function gridFsMediaProbe(options: { db: MinimalDb; chunkSizeBytes: number; jam: (key: string) => () => void }): MediaProbe {
  const filesDocuments = () => options.db.collection(GRIDFS_FILES).find({}).toArray();
  const chunkDocuments = async () => (await options.db.collection(GRIDFS_CHUNKS).find({}, { sort: { n: 1 } }).toArray()) as unknown as ChunkDocument[];
  const idOf = (document: Document) => (document['_id'] as { toHexString(): string }).toHexString();
  const isCommitted = (document: Document) => !(document['metadata'] as Document | undefined)?.['staged'];
  const chunksOf = async (id: string) => (await chunkDocuments()).filter((chunk) => chunk.files_id.toHexString() === id);
  const fileNamed = async (key: string) => (await filesDocuments()).find((document) => document['filename'] === key && isCommitted(document));

  return {
    async entries() {
      const files = (await filesDocuments()).map((document) => `files ${String(document['filename'])}`);
      const chunks = (await chunkDocuments()).map((chunk) => `chunk ${chunk.files_id.toHexString()}/${chunk.n}`);
      return [...files, ...chunks].sort();
    },
    async entriesOf(key) {
      const file = await fileNamed(key);
      if (!file) return [];
      return [`files ${key}`, ...(await chunksOf(idOf(file))).map((chunk) => `chunk ${chunk.files_id.toHexString()}/${chunk.n}`)].sort();
    },
    async committed(below) {
      const prefix = below ? `uploads/${below}/` : 'uploads/';
      return (await filesDocuments())
        .filter((document) => isCommitted(document) && String(document['filename']).startsWith(prefix))
        .map((document) => String(document['filename']))
        .sort();
    },
    async staged() {
      const committed = new Set((await filesDocuments()).filter(isCommitted).map(idOf));
      const sizes = new Map<string, number>();
      for (const chunk of await chunkDocuments()) {
        const id = chunk.files_id.toHexString();
        if (!committed.has(id)) sizes.set(id, (sizes.get(id) ?? 0) + bytesOf(chunk).length);
      }
      for (const document of await filesDocuments()) {
        if (!isCommitted(document) && !sizes.has(idOf(document))) sizes.set(idOf(document), 0);
      }
      return [...sizes.values()];
    },
    stagingSlack: options.chunkSizeBytes + PARSER_LOOK_BEHIND,
    async read(key) {
      const file = await fileNamed(key);
      return file ? Buffer.concat((await chunksOf(idOf(file))).map(bytesOf)) : null;
    },
    exists: async (key) => (await fileNamed(key)) !== undefined,
    jam: async (key) => options.jam(key),
  };
}
