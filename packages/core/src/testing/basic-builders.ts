/** The small values every test data builder uses: ids shaped like the real ones, and dates. */

let objectIdCounter = 0;
let hashIdCounter = 0;

/** A fresh 24-hex id shaped like an ObjectId (seconds of `at`, then a counter), unique per process. */
export function anObjectId(at: Date = new Date('2025-01-01T00:00:00Z')): string {
  objectIdCounter += 1;
  const seconds = Math.floor(at.getTime() / 1000).toString(16).padStart(8, '0');
  return seconds + objectIdCounter.toString(16).padStart(16, '0');
}

/** A fresh 64-hex id shaped like a SHA-256, as session and refresh-token ids are. */
export function aHashId(): string {
  hashIdCounter += 1;
  return hashIdCounter.toString(16).padStart(64, 'a');
}

export const at = (iso: string): Date => new Date(iso);
