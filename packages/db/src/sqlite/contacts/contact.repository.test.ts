import { describeContactRepository } from '../../test-support/conformance/index.js';
import { openTempSqliteStore } from '../../test-support/temp-sqlite-store.js';

describeContactRepository('sqlite', openTempSqliteStore);
