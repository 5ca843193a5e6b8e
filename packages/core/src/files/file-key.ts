/** File keys: `uploads/<user id>/<kind>/<uuid4><ext>` (contract 6.1), the only shape a stored
 * file can have. Built here from server values only; the client's name is never part of one. */
import { isFileKind, type FileKind } from './file-rules.js';

const FILE_KEY =
  /^uploads\/([1-9][0-9]*)\/(resume|document)\/([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})(\.[a-z0-9]{1,8})$/;
const UUID4_HEX = /^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/;

export type ParsedFileKey = {
  ownerId: number;
  kind: FileKind;
  /** `<uuid><ext>`: the last path part. */
  fileName: string;
  /** Lowercase, with the dot. */
  extension: string;
};

/** Null for anything but a key core would build (traversal, other separators, upper case...). */
export function parseFileKey(key: string): ParsedFileKey | null {
  const match = FILE_KEY.exec(key);
  if (!match) return null;
  const [, owner, kind, uuid, extension] = match as unknown as [string, string, FileKind, string, string];
  const ownerId = Number(owner);
  if (!Number.isSafeInteger(ownerId)) return null;
  return { ownerId, kind, fileName: `${uuid}${extension}`, extension };
}

/** True when `key` is server-shaped and inside `ownerId`'s folder. */
export function isOwnFileKey(key: string, ownerId: number): boolean {
  return parseFileKey(key)?.ownerId === ownerId;
}

/** A new key; `uuidHex` is a uuid4 as 32 lowercase hex characters (RandomSource.uuidHex). */
export function buildFileKey(parts: { ownerId: number; kind: FileKind; uuidHex: string; extension: string }): string {
  const { ownerId, kind, uuidHex, extension } = parts;
  if (!Number.isSafeInteger(ownerId) || ownerId < 1 || !isFileKind(kind) || !UUID4_HEX.test(uuidHex)) {
    throw new Error('files: refusing to build a key from unsafe parts');
  }
  const uuid = `${uuidHex.slice(0, 8)}-${uuidHex.slice(8, 12)}-${uuidHex.slice(12, 16)}-${uuidHex.slice(16, 20)}-${uuidHex.slice(20)}`;
  const key = `uploads/${ownerId}/${kind}/${uuid}${extension}`;
  if (parseFileKey(key) === null) throw new Error('files: refusing to build a key from unsafe parts');
  return key;
}

/** Contract 6.1: a root-relative path with no host. */
export function fileUrlOf(key: string): string {
  return `/media/${key}`;
}
