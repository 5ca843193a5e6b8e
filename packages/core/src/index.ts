/** @jobtracker/core: pure domain and analytics. No I/O, no clock, no framework. This file is the
 * package's whole public API: each domain folder's `index.ts` names its public exports one by one,
 * and this file re-exports those folders in the groups the README lists (plus auth's names, listed
 * here). */

// Shared: domain errors with stable codes, Python rounding, time arithmetic (`now` is always
// passed in), time zones, ids and pagination.
export * from './shared/index.js';

// Users and profile: normalisation, password policy, skills, profile completion; the user store port.
export * from './users/index.js';

// Auth: register, login, refresh, logout, change password, sessions, token claims, login throttling.
export type { AuthDeps } from './auth/deps.js';
export type { LoginAttemptLog, RefreshTokenRepository, SessionRepository, SessionWithUser } from './auth/ports.js';
export type { RefreshTokenRecord, Session, TokenLifetimes } from './auth/session.js';
export { hashSecret, isSessionActive, newSession } from './auth/session.js';
export type { IdentityClaims, RandomSource, TokenClaims, TokenCodec, TokenType, VerifiedToken } from './auth/tokens.js';
export { isUnexpired } from './auth/tokens.js';
export type { ThrottleDecision, ThrottlePolicy } from './auth/throttle.js';
export { throttleDecision } from './auth/throttle.js';
export type { IssuedSession, TokenPair } from './auth/issue-tokens.js';
export { register, DUPLICATE_EMAIL_MESSAGE } from './auth/register.js';
export type { RegisterCommand } from './auth/register.js';
export { accountThrottleKey, login } from './auth/login.js';
export type { LoginCommand } from './auth/login.js';
export { refresh } from './auth/refresh.js';
export { logout, endSession } from './auth/logout.js';
export { changePassword } from './auth/change-password.js';
export type { ChangePasswordCommand } from './auth/change-password.js';
export { authenticateAccessToken, authenticateSessionSecret } from './auth/authenticate.js';
export type { Principal } from './auth/authenticate.js';

// Applications: the document, its views, the repository port and the use cases.
export * from './applications/index.js';

// Companies: the document, its repository port and use cases (CRUD, search, autocomplete, sync, top).
export * from './companies/index.js';

// Contacts: the document, its repository port and use cases (CRUD, search, links, interactions).
export * from './contacts/index.js';

// Analytics (contract section 8): pure functions over a user's applications and `now`.
export * from './analytics/index.js';

// Insights (follow-ups, silence, honest numbers): due view, calendar feed, silence and "close as
// no response", funnel with Wilson intervals, Kaplan–Meier reply times, goals and forecast,
// skills gap, duplicate warning; pure functions and one-call use cases.
export * from './insights/index.js';

// Insight settings: silence threshold, weekly goal, calendar feed secret; the settings port.
export * from './settings/index.js';

// Exports (contract section 9): CSV lines streamed from any (async) iterable, and the PDF report.
export * from './exports/index.js';

// Import: CSV files of our export and of other trackers, previewed row by row, written at once.
export * from './import/index.js';

// Backup: the lossless account archive (export, checked restore into an empty account) and
// account deletion.
export * from './backup/index.js';

// Proof of search: a period's applications for an unemployment office, as CSV and PDF.
export * from './proof-of-search/index.js';

// Demo data (contract section 11): the demo account and seeded, reproducible applications.
export * from './demo/index.js';

// Files: upload rules (kinds, extensions, size), content sniffing by magic bytes, attachments.
export * from './files/index.js';
