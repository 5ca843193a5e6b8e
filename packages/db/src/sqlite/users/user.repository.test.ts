import { describeUserRepository, describeUserTransfer } from '../../test-support/conformance/index.js';
import { openTempSqliteStore } from '../../test-support/temp-sqlite-store.js';

describeUserRepository('sqlite', openTempSqliteStore);
describeUserTransfer('sqlite', openTempSqliteStore);
