/** Everything checked before a restore writes anything: entry names (nothing may leave the
 * archive's folder), sizes, the manifest's format and version, that the files present are
 * exactly the files listed, and every document of every data entry. Refusals are field errors
 * on `archive`, in the contract's shape. */
import * as v from 'valibot';
import { parseFileKey } from '../files/file-key.js';
import { validationError, type DomainError } from '../shared/domain-error.js';
import { exactly, readAll } from './archive-bytes.js';
import { decodeTagged, LineTooLongError, textLines } from './archive-json.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  DATA_PATHS,
  FILES_PREFIX,
  fileEntryPath,
  MANIFEST_PATH,
  MAX_ARCHIVE_ENTRIES,
  MAX_DATA_ENTRY_BYTES,
  MAX_FILE_ENTRY_BYTES,
  MAX_LINE_BYTES,
  MAX_MANIFEST_BYTES,
  unsafePathReason,
} from './archive-paths.js';
import type { ArchiveEntryInfo, ArchiveReader } from './archive-ports.js';
import type { ArchiveManifest } from './archive-manifest.js';
import { ArchivedApplication, ArchivedCompany, ArchivedContact, ArchiveManifest as ManifestSchema, firstIssue } from './archive-schemas.js';
import { strictUtf8Decoder } from '../shared/text-codec.js';

export function archiveError(message: string): DomainError<'VALIDATION.FAILED'> {
  return validationError({ archive: [message] });
}

export type DataKind = keyof typeof DATA_PATHS;

export const DATA_SCHEMAS = { applications: ArchivedApplication, companies: ArchivedCompany, contacts: ArchivedContact } as const;

export type RestorePlan = { manifest: ArchiveManifest; sizes: ReadonlyMap<string, number> };

function checkEntries(entries: readonly ArchiveEntryInfo[]): Map<string, number> {
  if (entries.length > MAX_ARCHIVE_ENTRIES) throw archiveError(`The archive has more than ${MAX_ARCHIVE_ENTRIES} entries.`);
  const sizes = new Map<string, number>();
  for (const { path, size } of entries) {
    const unsafe = unsafePathReason(path);
    if (unsafe) throw archiveError(`The archive entry ${JSON.stringify(path)} has ${unsafe}.`);
    if (sizes.has(path)) throw archiveError(`The archive holds ${JSON.stringify(path)} twice.`);
    if (path.endsWith('/')) {
      // Folders are only names: tools that re-zip an unpacked archive add them.
      if (size !== 0) throw archiveError(`The folder entry ${JSON.stringify(path)} has content.`);
      continue;
    }
    const limit = path === MANIFEST_PATH ? MAX_MANIFEST_BYTES : path.startsWith(FILES_PREFIX) ? MAX_FILE_ENTRY_BYTES : MAX_DATA_ENTRY_BYTES;
    if (size > limit) throw archiveError(`The archive entry ${JSON.stringify(path)} is larger than ${limit} bytes.`);
    sizes.set(path, size);
  }
  return sizes;
}

async function readManifest(archive: ArchiveReader, sizes: ReadonlyMap<string, number>): Promise<ArchiveManifest> {
  const size = sizes.get(MANIFEST_PATH);
  if (size === undefined) throw archiveError('The archive has no manifest.json: it is not a Job Tracker account archive.');
  let raw: unknown;
  try {
    raw = decodeTagged(strictUtf8Decoder().decode(await readAll(exactly(archive.read(MANIFEST_PATH), size, 'manifest.json'))));
  } catch (error) {
    throw archiveError(`manifest.json cannot be read: ${(error as Error).message}.`);
  }
  const header = raw as { format?: unknown; version?: unknown } | null;
  if (header?.format !== ARCHIVE_FORMAT) throw archiveError('manifest.json does not describe a Job Tracker account archive.');
  if (header.version !== ARCHIVE_VERSION) {
    throw archiveError(`The archive's manifest has version ${JSON.stringify(header.version)}; this server reads version ${ARCHIVE_VERSION}.`);
  }
  const parsed = v.safeParse(ManifestSchema, raw);
  if (!parsed.success) throw archiveError(`manifest.json: ${firstIssue(parsed.issues)}.`);
  return parsed.output;
}

/** The entries besides the manifest must be exactly the data entries and the listed files. */
function checkContents(manifest: ArchiveManifest, sizes: ReadonlyMap<string, number>): void {
  const expected = new Map<string, number | null>(Object.values(DATA_PATHS).map((path) => [path, null]));
  for (const file of manifest.files) {
    if (!parseFileKey(file.key)) throw archiveError(`manifest.json lists ${JSON.stringify(file.key)}, which is not an uploaded file's name.`);
    if (expected.has(fileEntryPath(file.key))) throw archiveError(`manifest.json lists ${file.key} twice.`);
    if (file.size > MAX_FILE_ENTRY_BYTES) throw archiveError(`manifest.json lists ${file.key} as larger than ${MAX_FILE_ENTRY_BYTES} bytes.`);
    expected.set(fileEntryPath(file.key), file.size);
  }
  for (const [path, size] of sizes) {
    if (path === MANIFEST_PATH) continue;
    if (!expected.has(path)) throw archiveError(`The archive holds ${JSON.stringify(path)}, which the manifest does not list.`);
    const declared = expected.get(path);
    if (declared !== null && declared !== undefined && declared !== size) {
      throw archiveError(`${path} has ${size} bytes; the manifest says ${declared}.`);
    }
  }
  for (const path of expected.keys()) if (!sizes.has(path)) throw archiveError(`The archive lacks ${path}, which the manifest lists.`);
}

/** The valid documents of one data entry, in order; stops at the first bad line. */
export async function* dataDocuments<K extends DataKind>(
  archive: ArchiveReader,
  plan: RestorePlan,
  kind: K,
): AsyncGenerator<v.InferOutput<(typeof DATA_SCHEMAS)[K]>> {
  const path = DATA_PATHS[kind];
  const size = plan.sizes.get(path) ?? 0;
  try {
    for await (const line of textLines(exactly(archive.read(path), size, path), MAX_LINE_BYTES)) {
      if (line.text.trim() === '') continue;
      let raw: unknown;
      try {
        raw = decodeTagged(line.text);
      } catch (error) {
        throw archiveError(`${path} line ${line.number}: ${(error as Error).message}.`);
      }
      const parsed = v.safeParse(DATA_SCHEMAS[kind], raw);
      if (!parsed.success) throw archiveError(`${path} line ${line.number}: ${firstIssue(parsed.issues)}.`);
      yield parsed.output as v.InferOutput<(typeof DATA_SCHEMAS)[K]>;
    }
  } catch (error) {
    if (error instanceof LineTooLongError || error instanceof TypeError) throw archiveError(`${path}: ${error.message}.`);
    throw error;
  }
}

/** Reads every data entry once; their counts and ids must agree with the manifest. */
async function checkDocuments(archive: ArchiveReader, plan: RestorePlan): Promise<void> {
  for (const kind of Object.keys(DATA_PATHS) as DataKind[]) {
    const ids = new Set<string>();
    for await (const document of dataDocuments(archive, plan, kind)) {
      if (ids.has(document.id)) throw archiveError(`${DATA_PATHS[kind]} holds the id ${document.id} twice.`);
      ids.add(document.id);
    }
    if (ids.size !== plan.manifest.counts[kind]) {
      throw archiveError(`${DATA_PATHS[kind]} holds ${ids.size} documents; the manifest says ${plan.manifest.counts[kind]}.`);
    }
  }
}

export async function planRestore(archive: ArchiveReader): Promise<RestorePlan> {
  const sizes = checkEntries(archive.entries);
  const manifest = await readManifest(archive, sizes);
  checkContents(manifest, sizes);
  const plan = { manifest, sizes };
  await checkDocuments(archive, plan);
  return plan;
}
