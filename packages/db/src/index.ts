/** @jobtracker/db: what every storage adapter shares. Adapters live in subpaths
 * (`@jobtracker/db/sqlite`, later `@jobtracker/db/mongo`) so a driver loads only when chosen. */
export type { JobTrackerStore, UserTransfer } from './store.js';
