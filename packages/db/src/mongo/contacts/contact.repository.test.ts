import { describeContactRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeContactRepository('mongo over mingo', () => openMingoStore());
