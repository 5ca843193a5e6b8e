/** Core's in-memory FileStore passes the same suite as the real adapters, so core tests that
 * use it test against the behaviour the adapters have. */
import { createInMemoryFileStore } from '@jobtracker/core/testing';
import { describeFileStore } from './conformance/index.js';

describeFileStore('in-memory fake', async () => ({ files: createInMemoryFileStore({ now: () => new Date() }), close: async () => undefined }));
