import { describeUserSettingsRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeUserSettingsRepository('mongo over mingo', () => openMingoStore());
