import { describeUserSettingsRepository } from '../../test-support/conformance/index.js';
import { openTempSqliteStore } from '../../test-support/temp-sqlite-store.js';

describeUserSettingsRepository('sqlite', openTempSqliteStore);
