import {
  describeAccountRecords,
  describeApplicationBatches,
  describeApplicationRepository,
  describeApplicationViews,
  describeCompanyRepository,
  describeConcurrentWrites,
  describeContactRepository,
  describeLoginAttemptLog,
  describeRefreshTokenRepository,
  describeSessionRepository,
  describeUserRepository,
  describeUserSettingsRepository,
} from './conformance/index.js';
import { openInMemoryStore } from './in-memory-store.js';

describeUserRepository('in-memory', openInMemoryStore);
describeSessionRepository('in-memory', openInMemoryStore);
describeRefreshTokenRepository('in-memory', openInMemoryStore);
describeApplicationRepository('in-memory', openInMemoryStore);
describeCompanyRepository('in-memory', openInMemoryStore);
describeLoginAttemptLog('in-memory', openInMemoryStore);
describeConcurrentWrites('in-memory', openInMemoryStore);
describeContactRepository('in-memory', openInMemoryStore);
describeApplicationBatches('in-memory', openInMemoryStore);
describeAccountRecords('in-memory', openInMemoryStore);
describeApplicationViews('in-memory', openInMemoryStore);
describeUserSettingsRepository('in-memory', openInMemoryStore);
