/** Files a delete could not remove (an I/O error) stay as orphans: the record is already gone,
 * so the client's answer stands and the keys go to the log for an operator. */
import type { FileCleanup } from '@jobtracker/core';
import type { AppLog } from '../config/app-deps.js';

export function logLeftoverFiles(log: AppLog, cleanup: FileCleanup, operation: string): void {
  if (cleanup.leftoverKeys.length === 0) return;
  log.warn(`${operation}: could not remove ${cleanup.leftoverKeys.length} file(s): ${cleanup.leftoverKeys.join(', ')}`);
}
