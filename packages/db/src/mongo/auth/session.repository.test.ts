import { describeSessionRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeSessionRepository('mongo over mingo', () => openMingoStore());
