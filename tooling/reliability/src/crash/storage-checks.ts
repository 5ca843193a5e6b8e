/** Checks on the files the server left: the database's `PRAGMA integrity_check` and
 * `foreign_key_check` (through a read-only connection of its own, so it can run beside the
 * server), and temp or staged upload files under MEDIA_ROOT. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import Database from 'better-sqlite3';

export function databaseProblems(path: string): string[] {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    database.pragma('busy_timeout = 10000');
    const integrity = database.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = integrity.map((row) => row.integrity_check).filter((text) => text !== 'ok');
    const foreignKeys = database.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`${foreignKeys.length} foreign key violation(s)`);
    return problems;
  } finally {
    database.close();
  }
}

/** Staged uploads and `.part` temp files: none may survive a start. */
export function tempFiles(mediaRoot: string): string[] {
  if (!existsSync(mediaRoot)) return [];
  return readdirSync(mediaRoot, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const path = join(mediaRoot, name);
    return statSync(path).isFile() && (name.startsWith(`.staging${sep}`) || name.endsWith('.part'));
  });
}
