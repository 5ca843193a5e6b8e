import { describeApplicationViews } from '../../test-support/conformance/index.js';
import { openTempSqliteStore } from '../../test-support/temp-sqlite-store.js';

describeApplicationViews('sqlite', openTempSqliteStore);
