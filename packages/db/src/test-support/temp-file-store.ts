/** A local-disk file store in a fresh temp directory, removed again on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalFileStore, type LocalFileStore } from '../local-files/index.js';

export function openTempFileStore(): { files: LocalFileStore; root: string; close(): Promise<void> } {
  const directory = mkdtempSync(join(tmpdir(), 'jobtracker-files-'));
  const root = join(directory, 'media');
  return {
    files: createLocalFileStore({ root }),
    root,
    async close() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
