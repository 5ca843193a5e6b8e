/** @jobtracker/core: pure domain and analytics. No I/O, no clock, no framework. */
export { DomainError, isDomainError, validationError } from './shared/domain-error.js';
export type { DomainErrorCode, DomainErrorDetails, FieldErrorMap, TokenProblem } from './shared/domain-error.js';
export { pythonRound } from './shared/round.js';
export { addDays, addMinutes, wholeDaysBetween, DAY_MS, MINUTE_MS } from './shared/time.js';

export type { User, NewUser, ProfileChanges } from './users/user.js';
export { EDITABLE_PROFILE_FIELDS, fullName, normalizeEmail, profileCompletion } from './users/user.js';
export type { CommonPasswords } from './users/password-policy.js';
export { passwordProblems, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH } from './users/password-policy.js';
export type { PasswordHasher, UserRepository } from './users/ports.js';
export { addSkill, removeSkill } from './users/skills.js';
export { addProfileSkill, removeProfileSkill, updateProfile, userStats } from './users/profile.js';
export type { UserStats } from './users/profile.js';

export type { AuthDeps } from './auth/deps.js';
export type { LoginAttemptLog, RefreshTokenRepository, SessionRepository } from './auth/ports.js';
export type { RefreshTokenRecord, Session, TokenLifetimes } from './auth/session.js';
export { hashSecret, isSessionActive, newSession } from './auth/session.js';
export type { IdentityClaims, RandomSource, TokenClaims, TokenCodec, TokenType, VerifiedToken } from './auth/tokens.js';
export type { ThrottleDecision, ThrottlePolicy } from './auth/throttle.js';
export { throttleDecision } from './auth/throttle.js';
export type { IssuedSession, TokenPair } from './auth/issue-tokens.js';
export { register, DUPLICATE_EMAIL_MESSAGE } from './auth/register.js';
export type { RegisterCommand } from './auth/register.js';
export { login } from './auth/login.js';
export type { LoginCommand } from './auth/login.js';
export { refresh } from './auth/refresh.js';
export { logout, endSession } from './auth/logout.js';
export { changePassword } from './auth/change-password.js';
export type { ChangePasswordCommand } from './auth/change-password.js';
export { authenticateAccessToken, authenticateSessionSecret } from './auth/authenticate.js';
export type { Principal } from './auth/authenticate.js';

export type {
  Application,
  ApplicationInfo,
  ApplicationStatus,
  Attachment,
  CompanyInfo,
  JobInfo,
  Requirements,
  TimelineEvent,
} from './applications/application.js';
export { APPLICATION_STATUSES, statusOf } from './applications/application.js';
export type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from './applications/ports.js';
export type { Company, ContactInfo } from './companies/company.js';
export type { CompanyFilter, CompanyRepository } from './companies/ports.js';
export type { IdGenerator } from './shared/ids.js';
export { parseObjectId } from './shared/ids.js';
