import { describeRefreshTokenRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeRefreshTokenRepository('mongo over mingo', () => openMingoStore());
