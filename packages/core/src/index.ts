/** @jobtracker/core: pure domain and analytics. No I/O, no clock, no framework. This file is the
 * package's whole public API, one explicit re-export per name, in the groups the README lists. */

// Shared: domain errors with stable codes, Python rounding, time arithmetic (`now` is always passed in).
export { DomainError, isDomainError, validationError } from './shared/domain-error.js';
export type { DomainErrorCode, DomainErrorDetails, FieldErrorMap, TokenProblem } from './shared/domain-error.js';
export { pythonRound } from './shared/round.js';
export { addDays, addMinutes, wholeDaysBetween, DAY_MS, MINUTE_MS } from './shared/time.js';
export { calendarDateOf, calendarMonthOf, isCalendarDate, mondayOf, parseCalendarDate } from './shared/calendar-date.js';
export { isTimeZone, parseTimeZone, UTC_ZONE } from './shared/time-zone.js';
export type { TimeZone } from './shared/time-zone.js';

// Users and profile: normalisation, password policy, skills, profile completion; the user store port.
export type { User, NewUser, ProfileChanges } from './users/user.js';
export { EDITABLE_PROFILE_FIELDS, fullName, normalizeEmail, profileCompletion } from './users/user.js';
export type { CommonPasswords } from './users/password-policy.js';
export { passwordProblems, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH } from './users/password-policy.js';
export type { PasswordHasher, UserRepository } from './users/ports.js';
export { addSkill, removeSkill } from './users/skills.js';
export { addProfileSkill, removeProfileSkill, updateProfile, userStats } from './users/profile.js';
export type { UserStats } from './users/profile.js';

// Auth: register, login, refresh, logout, change password, sessions, token claims, login throttling.
export type { AuthDeps } from './auth/deps.js';
export type { LoginAttemptLog, RefreshTokenRepository, SessionRepository } from './auth/ports.js';
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

// Applications: the document, its views, the repository port and the use cases (create, change,
// status and timeline events, list with pagination, search, stats).
export type {
  Application,
  ApplicationInfo,
  ApplicationStatus,
  Attachment,
  CalendarDate,
  CompanyInfo,
  JobInfo,
  NextAction,
  Requirements,
  TimelineEvent,
} from './applications/application.js';
export { APPLICATION_STATUSES, NO_RESPONSE, statusOf } from './applications/application.js';
export type { ApplicationView, ViewField } from './applications/application-view.js';
export { VIEW_FIELDS } from './applications/application-view.js';
export type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from './applications/ports.js';
// Companies: the document, its repository port and use cases (CRUD, search, autocomplete, sync, top).
export type { Company, ContactInfo } from './companies/company.js';
export type { CompanyFilter, CompanyRepository } from './companies/ports.js';
// Contacts: the document, its repository port and use cases (CRUD, search, links, interactions).
export type { Contact, ContactFields, ContactFilter, ContactListQuery, ContactRepository, Interaction, InteractionChannel, NewContactFields, NewInteraction } from './contacts/index.js';
export {
  applicationsOfContact,
  changeContact,
  contactFilterOf,
  contactIdOrFail,
  contactsOfApplication,
  createContact,
  deleteContact,
  forgetApplicationInContacts,
  getContact,
  insertInteraction,
  INTERACTION_CHANNELS,
  isInteractionChannel,
  lastContacted,
  linkContactToApplication,
  listContacts,
  logContactInteraction,
  MAX_INTERACTIONS,
  MAX_LINKED_APPLICATIONS,
  removeContactInteraction,
  unlinkContactFromApplication,
  updateContact,
} from './contacts/index.js';
export { removeApplication } from './contacts/remove-application.js';
export type { RemoveApplicationDeps } from './contacts/remove-application.js';
// Ids: 24-hex ObjectIds, generated through a port.
export type { IdGenerator } from './shared/ids.js';
export { parseObjectId } from './shared/ids.js';
export type { CompanyDeps, CompanyFields, CompanyListQuery, CompanyStats, CompanySuggestion, CompanyWithCount, IndustryCount, NewCompanyFields, SyncResult } from './companies/index.js';
export {
  autocompleteCompanies,
  companyApplications,
  companyStats,
  compareCodePoints,
  createCompany,
  deleteCompany,
  findCompanyOrFail,
  getCompany,
  industryBreakdown,
  listCompanies,
  searchCompanies,
  syncCompanies,
  syncMessage,
  topCompanies,
  UNKNOWN_INDUSTRY,
  updateCompany,
} from './companies/index.js';
// Pagination: the `{count, next, previous, results}` envelope and its limits.
export type { PageEnvelope, PageQuery } from './shared/page-numbers.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './shared/page-numbers.js';
// Application use cases.
export type { ApplicationChanges, ApplicationFields } from './applications/application-defaults.js';
export {
  applicationIdOrFail,
  changeApplication,
  createApplication,
  deleteApplication,
  getApplication,
  updateApplication,
} from './applications/manage-applications.js';
export { addTimelineEvent, changeApplicationStatus } from './applications/application-events.js';
export type { NewTimelineEvent } from './applications/application-events.js';
export {
  applicationStats,
  getApplicationStats,
  listApplications,
  listFilter,
  searchApplications,
} from './applications/list-applications.js';
export type { ApplicationPage, ApplicationStats, ListApplicationsQuery } from './applications/list-applications.js';
// Analytics (contract section 8): pure functions over a user's applications and `now`.
export {
  applicationsOverTime,
  applicationsOverTimeFor,
  averageResponseTime,
  CLOSED_STATUSES,
  dashboard,
  DASHBOARD_FIELDS,
  dashboardFor,
  daysToFirstResponse,
  INVALID_PERIOD_MESSAGE,
  MISSING_STATUS_KEY,
  parsePeriod,
  percentage,
  periodLabel,
  PERIODS,
  responseTime,
  responseTimeFor,
  salaryInsights,
  salaryInsightsFor,
  skillsDemand,
  skillsDemandFor,
  statusBreakdown,
  statusBreakdownEntries,
  statusKey,
  SUCCESS_STATUSES,
  successRateFor,
  successRateOverTime,
  sundayWeekOfYear,
  timelineAnalysis,
  timelineAnalysisFor,
  TOP_COMPANIES_LIMIT,
  TOP_SKILLS_LIMIT,
  UNKNOWN_SOURCE,
} from './analytics/index.js';
export type {
  CompanyCount,
  Dashboard,
  EventTypeCount,
  Period,
  PeriodCount,
  PeriodSuccessRate,
  ResponseTime,
  SalaryInsights,
  SkillCount,
  SourceCount,
} from './analytics/index.js';

// Insights (follow-ups, silence, honest numbers): due view, calendar feed, silence and "close as
// no response", funnel with Wilson intervals, Kaplan–Meier reply times, goals and forecast,
// skills gap, duplicate warning; pure functions and one-call use cases.
export {
  CALENDAR_NAME,
  CALENDAR_PRODID,
  calendarFeed,
  calendarFeedFor,
  chanceOfReplyAfter,
  closeAsNoResponse,
  noResponseEvent,
  DATE_FORMAT_MESSAGE,
  daysWaiting,
  DUE_FIELDS,
  DUE_WEEK_DAYS,
  dueItemsOf,
  dueView,
  dueViewFor,
  DUPLICATE_FIELDS,
  DUPLICATE_WINDOW_DAYS,
  duplicateCandidates,
  duplicatesFor,
  EMPLOYER_EVENT_STAGES,
  escapeText,
  foldLine,
  forecast,
  forecastOf,
  funnel,
  FUNNEL_FIELDS,
  INSIGHT_FIELDS,
  FUNNEL_STAGES,
  funnelFor,
  furthestStageOf,
  goalsFor,
  ICAL_LINE_END,
  INTERVIEW_DURATION,
  isClosingEvent,
  isSent,
  isSilent,
  kaplanMeier,
  LEGAL_SUFFIXES,
  medianOf,
  MIN_SAMPLE_SIZE,
  NO_RESPONSE_EVENT_TYPE,
  NO_RESPONSE_TITLE,
  normalizeCompanyName,
  parseStatusChange,
  rateOf,
  RECENT_WEEKS,
  replyTimes,
  replyTimesFor,
  RESPONSE_STATUSES,
  setFollowUp,
  SIGNAL_FIELDS,
  signalsOf,
  silence,
  SILENCE_FIELDS,
  silenceFor,
  skillKey,
  SKILLS_FIELDS,
  SKILLS_GAP_LIMIT,
  skillsGap,
  skillsGapFor,
  survivalAt,
  timeZoneOrFail,
  TITLE_MATCH_THRESHOLD,
  titleSimilarity,
  UNKNOWN_TIME_ZONE_MESSAGE,
  weeklyGoal,
  wilsonInterval,
  Z_95,
} from './insights/index.js';
export type {
  ApplicationSignals,
  ChanceOfReply,
  CurveStep,
  DueItem,
  DueKind,
  DueView,
  DuplicateCandidate,
  Forecast,
  Forecasts,
  ForecastTarget,
  Funnel,
  FunnelGroup,
  FunnelStage,
  FunnelSummary,
  Goals,
  Median,
  MissingSkill,
  Observation,
  Outcome,
  Rate,
  ReplyTimes,
  Silence,
  SilentApplication,
  SkillsGap,
  SkillSignal,
  StageCount,
  StatusChange,
  SurvivalCurve,
  WeekCount,
  WeeklyGoal,
} from './insights/index.js';
// Insight settings: silence threshold, weekly goal, calendar feed secret; the settings port.
export {
  DEFAULT_SILENCE_DAYS,
  DEFAULT_WEEKLY_GOAL,
  defaultSettings,
  disableCalendarFeed,
  getInsightSettings,
  publicSettings,
  rotateCalendarSecret,
  settingsOf,
  SILENCE_DAYS_LIMITS,
  updateInsightSettings,
  WEEKLY_GOAL_LIMITS,
} from './settings/index.js';
export type {
  InsightSettings,
  InsightSettingsChanges,
  UserSettings,
  UserSettingsRepository,
} from './settings/index.js';

// Exports (contract section 9): CSV lines streamed from any (async) iterable, and the PDF report.
export {
  analyticsCsvFor,
  analyticsCsvLines,
  APPLICATIONS_CSV_HEADER,
  applicationCsvCells,
  applicationCsvLine,
  applicationsCsvFor,
  applicationsCsvLines,
  applicationsReportFor,
  buildApplicationsReport,
  COMPANIES_CSV_HEADER,
  companiesCsvFor,
  companiesCsvLines,
  companyCsvCells,
  companyCsvLine,
  CSV_LINE_END,
  csvCellText,
  csvLine,
  exportFilename,
  floatCell,
  pythonFloatRepr,
  pythonIntRepr,
  quoteField,
  REPORT_TITLE,
} from './exports/index.js';
export type { AnalyticsCsvInput, ApplicationsReportInput, CompanyCsvRecord, CsvCell, FloatCell, ReportFontBytes } from './exports/index.js';

// Import: CSV files of our export and of other trackers, previewed row by row, written at once.
export {
  applyMapping,
  COLUMN_TARGETS,
  csvRecords,
  detectColumns,
  IMPORT_FIELDS,
  importApplications,
  isColumnTarget,
  localeDateOrder,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  parseDateCell,
  previewImport,
  readStatus,
  sniffSeparator,
  TRACKER_FORMATS,
} from './import/index.js';
export type {
  ColumnTarget,
  CsvRecord,
  CsvSeparator,
  DateOrder,
  DateOrderDecision,
  DetectedColumns,
  ImportColumn,
  ImportField,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportRowReport,
  ImportSource,
  ParsedDate,
  RowProblem,
  RowProblemCode,
  StatusReading,
  TrackerFormat,
  TrackerFormatId,
} from './import/index.js';

// Backup: the lossless account archive (export, checked restore into an empty account) and
// account deletion.
export {
  ARCHIVE_DATA_PATHS,
  ARCHIVE_FILES_PREFIX,
  ARCHIVE_FORMAT,
  ARCHIVE_MANIFEST_PATH,
  ARCHIVE_VERSION,
  decodeTagged,
  deleteAccount,
  encodeTagged,
  exportAccount,
  MAX_ARCHIVE_ENTRIES,
  MAX_DATA_ENTRY_BYTES,
  MAX_FILE_ENTRY_BYTES,
  MAX_MANIFEST_BYTES,
  restoreAccount,
  unsafePathReason,
  WRONG_PASSWORD_MESSAGE,
} from './backup/index.js';
export type {
  ArchivedProfile,
  ArchivedSettings,
  ArchiveEntry,
  ArchiveEntryInfo,
  ArchiveManifest,
  ArchiveReader,
  DeleteAccountDeps,
  DeletedAccount,
  ExportAccountDeps,
  RestoreAccountDeps,
  RestoreResult,
} from './backup/index.js';

// Proof of search: a period's applications for an unemployment office, as CSV and PDF.
export {
  buildProofOfSearchPdf,
  calendarDateIn,
  isoWeekOf,
  MAX_PERIOD_DAYS,
  outcomeText,
  PROOF_PAGE_SIZE,
  PROOF_TITLE,
  proofOfSearch,
  proofOfSearchCsvLines,
  proofOfSearchFor,
  proofPeriod,
  weeksOf,
} from './proof-of-search/index.js';
export type {
  IsoWeek,
  ProofOfSearch,
  ProofOfSearchDeps,
  ProofOfSearchPdfInput,
  ProofOfSearchQuery,
  ProofPeriod,
  ProofRow,
  WeekTotal,
} from './proof-of-search/index.js';

// Demo data (contract section 11): the demo account and seeded, reproducible applications.
export {
  DEMO_COMPANIES,
  DEMO_DEFAULT_COUNT,
  DEMO_JOB_TITLES,
  DEMO_SKILLS,
  DEMO_SOURCES,
  DEMO_USER_CREDENTIALS,
  DEMO_USER_NAME,
  DEMO_USER_NEW_PROFILE,
  generateDemoApplications,
  seedDemoAccount,
  seedNewDemoAccount,
  seededRandom,
  statusesForAge,
} from './demo/index.js';
export type { DemoApplicationsOptions, Random, SeedCommand, SeedDeps, SeedResult } from './demo/index.js';

// Files: upload rules (kinds, extensions, size), content sniffing by magic bytes, attachments.
export {
  allowedExtensions,
  appendAttachment,
  attachFile,
  attachTargetOrFail,
  buildFileKey,
  contentMatchesExtension,
  contentMismatchMessage,
  createContentSniffer,
  deleteApplicationAndFiles,
  deleteAttachment,
  detectContent,
  discardUpload,
  extensionOf,
  FILE_KINDS,
  FILE_SIZE_MESSAGE,
  fileRuleErrors,
  fileTypeMessage,
  fileUrlOf,
  isFileKind,
  isOwnFileKey,
  MAX_UPLOAD_BYTES,
  openDownload,
  parseFileKey,
  recordResumeUrl,
  removeAccountFiles,
  removeAttachment,
  sanitizeDisplayName,
  stageUpload,
  uploadFile,
  uploadResume,
} from './files/index.js';
export type {
  CommitTarget,
  ContentSniffer,
  DetectedContent,
  FileCleanup,
  FileDownload,
  FileKind,
  FileStore,
  IncomingFile,
  ParsedFileKey,
  StagedFile,
  StagedUpload,
  StoredFile,
  UploadDeps,
} from './files/index.js';
