import { describeApplicationRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeApplicationRepository('mongo over mingo', () => openMingoStore());
