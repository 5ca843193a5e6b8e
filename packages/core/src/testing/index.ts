/** @jobtracker/core/testing: in-memory fakes of core's ports, for tests of core and of anything
 * built on it. Never imported by shipped code. */
export { createInMemoryFileStore } from './in-memory-file-store.js';
export type { InMemoryFileStore } from './in-memory-file-store.js';
