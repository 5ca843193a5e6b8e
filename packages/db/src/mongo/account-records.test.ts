import { describeAccountRecords } from '../test-support/conformance/index.js';
import { openMingoStore } from '../test-support/temp-mongo-store.js';

describeAccountRecords('mongo over mingo', () => openMingoStore());
