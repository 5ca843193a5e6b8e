/** A backup of a running server's data into a new folder: the media files, a consistent copy of
 * the SQLite database (an online snapshot, see @jobtracker/db's backupSqliteDatabase), the media
 * files that arrived while it was taken, the generated signing key when there is one, and a
 * manifest. Files are committed before their record and removed after it, so copying the media
 * both before and after the snapshot gives every record of the snapshot its file (unless a file
 * is deleted in the moment between its record's commit and the second pass). Everything is
 * owner-only (0600 files, 0700 folders). */
import { copyLocalFiles } from '@jobtracker/db/local-files';
import { backupSqliteDatabase } from '@jobtracker/db/sqlite';
import { chmod, copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedKeyPath } from '../infra/signing-key.js';

export const BACKUP_FILES = { database: 'database.sqlite', media: 'media', signingKey: 'secret.key', manifest: 'manifest.json' } as const;

export type BackupManifest = {
  format: 1;
  created_at: string;
  database: { file: string; bytes: number; integrity: 'ok' };
  media: { folder: string; files: number; bytes: number };
  /** The generated signing key (absent when JWT_SECRET_KEY or SECRET_KEY is set). */
  signing_key: string | null;
};

async function prepareFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if ((await readdir(folder)).length > 0) throw new Error(`${folder} is not empty: a backup goes into a new or empty folder`);
  await chmod(folder, 0o700);
}

export async function writeBackup(options: { databasePath: string; mediaRoot: string; out: string; now: Date }): Promise<BackupManifest> {
  if (options.databasePath === ':memory:') throw new Error('DATABASE_PATH is :memory:, there is nothing on disk to back up');
  if (!existsSync(options.databasePath)) throw new Error(`No database at ${resolve(options.databasePath)} (check DATABASE_PATH)`);
  const out = resolve(options.out);
  await prepareFolder(out);
  const media = join(out, BACKUP_FILES.media);
  const before = await copyLocalFiles(options.mediaRoot, media);
  const database = await backupSqliteDatabase(resolve(options.databasePath), join(out, BACKUP_FILES.database));
  const after = await copyLocalFiles(options.mediaRoot, media);

  let signingKey: string | null = null;
  const keyFile = generatedKeyPath(options.databasePath);
  if (existsSync(keyFile)) {
    await copyFile(keyFile, join(out, BACKUP_FILES.signingKey));
    await chmod(join(out, BACKUP_FILES.signingKey), 0o600);
    signingKey = BACKUP_FILES.signingKey;
  }
  const manifest: BackupManifest = {
    format: 1,
    created_at: options.now.toISOString(),
    database: { file: BACKUP_FILES.database, bytes: database.bytes, integrity: database.integrity },
    media: { folder: BACKUP_FILES.media, files: before.files + after.files, bytes: before.bytes + after.bytes },
    signing_key: signingKey,
  };
  await writeFile(join(out, BACKUP_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return manifest;
}
