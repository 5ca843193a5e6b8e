import { describeApplicationViews } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeApplicationViews('mongo over mingo', () => openMingoStore());
