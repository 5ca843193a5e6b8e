import { describeAccountRecords } from '../test-support/conformance/index.js';
import { openTempSqliteStore } from '../test-support/temp-sqlite-store.js';

describeAccountRecords('sqlite', openTempSqliteStore);
