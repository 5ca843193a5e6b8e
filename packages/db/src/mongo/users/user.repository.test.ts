import { describeUserRepository, describeUserTransfer } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeUserRepository('mongo over mingo', () => openMingoStore());
describeUserTransfer('mongo over mingo', () => openMingoStore());
