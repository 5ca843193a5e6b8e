import { describeConcurrentWrites } from '../test-support/conformance/index.js';
import { openMingoStore } from '../test-support/temp-mongo-store.js';

// The mingo database lets concurrent operations interleave between any two of its calls, so a
// read-modify-write that is not atomic loses updates here.
describeConcurrentWrites('mongo over mingo', () => openMingoStore());
