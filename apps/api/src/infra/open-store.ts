/** Opens the configured store: SQLite with uploads on local disk, or MongoDB with uploads in
 * GridFS. The MongoDB adapter (and with it the driver) is imported only when chosen. */
import type { FileStore } from '@jobtracker/core';
import type { JobTrackerStore } from '@jobtracker/db';
import { createLocalFileStore } from '@jobtracker/db/local-files';
import { openSqliteStore } from '@jobtracker/db/sqlite';
import { describeStorage, type StorageConfig } from '../config/storage-config.js';

/** Every port a store backs, its files included; `shared` says whether other hosts may use the
 * same data (MongoDB), which decides how old a staged upload must be before a sweep takes it. */
export type OpenedStore = {
  store: JobTrackerStore;
  files: FileStore;
  description: string;
  shared: boolean;
  close(): Promise<void>;
};

export async function openStore(config: StorageConfig, options: { loginAttemptRetentionMs: number }): Promise<OpenedStore> {
  if (config.kind === 'sqlite') {
    const store = await openSqliteStore({ path: config.databasePath, loginAttemptRetentionMs: options.loginAttemptRetentionMs });
    return {
      store,
      files: createLocalFileStore({ root: config.mediaRoot }),
      description: describeStorage(config),
      shared: false,
      close: () => store.close(),
    };
  }
  const { openMongoStore } = await import('@jobtracker/db/mongo');
  const store = await openMongoStore({ uri: config.uri, dbName: config.dbName, loginAttemptRetentionMs: options.loginAttemptRetentionMs });
  return { store, files: store.files, description: describeStorage(config), shared: true, close: () => store.close() };
}
