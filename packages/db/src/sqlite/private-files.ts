/** The database file is created owner-only (0600, its new directories 0700) before SQLite opens
 * it: SQLite creates files with 0644 less the umask, and gives the -wal and -shm files the mode of
 * the database file, so creating that one first keeps all three private. Files an earlier
 * version left readable by others are tightened. */
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIRECTORY_MODE = 0o700;

/** Removes group and other permissions from `path` when it exists. */
function tighten(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
}

export function preparePrivateDatabaseFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  // 'a' creates the file when missing and never truncates one that exists; an empty file is an
  // empty database to SQLite.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) tighten(file);
}
