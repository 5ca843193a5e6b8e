/** The conformance suites, one per port; each adapter's tests call the ones it implements. */
export { describeAccountRecords } from './account-records.conformance.js';
export { describeApplicationBatches } from './application-batch.conformance.js';
export { describeApplicationRepository } from './application-repository.conformance.js';
export { describeApplicationViews } from './application-views.conformance.js';
export { describeCompanyRepository } from './company-repository.conformance.js';
export { describeContactRepository } from './contact-repository.conformance.js';
export { describeConcurrentWrites } from './concurrent-writes.conformance.js';
export { describeLoginAttemptLog } from './login-attempt-log.conformance.js';
export { describeFileStore } from './file-store.conformance.js';
export type { OpenFileStore } from './file-store.conformance.js';
export { describeRefreshTokenRepository } from './refresh-token-repository.conformance.js';
export { describeSessionRepository } from './session-repository.conformance.js';
export { describeUserRepository } from './user-repository.conformance.js';
export { describeUserSettingsRepository } from './user-settings-repository.conformance.js';
export { describeUserTransfer } from './user-transfer.conformance.js';
export type { OpenStore } from './fixture.js';
