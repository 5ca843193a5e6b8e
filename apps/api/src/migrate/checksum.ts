/** Checksums that mean the same in both stores: SHA-256 of a document's canonical JSON (keys
 * sorted at every depth, dates as tagged ISO text, absent keys absent) and of a file's bytes. */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function documentChecksum(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The file's bytes and its display name (none and empty mean the same to the API). */
export async function fileChecksum(file: { displayName: string | null; bytes: AsyncIterable<Uint8Array> }): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of file.bytes) hash.update(chunk);
  return createHash('sha256')
    .update(canonicalJson({ displayName: file.displayName ?? '', sha256: hash.digest('hex') }))
    .digest('hex');
}
