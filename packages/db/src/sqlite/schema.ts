/** Row types of the SQLite schema as kysely sees it. Dates are ISO-8601 UTC text with
 * milliseconds (`Date#toISOString`), which sorts correctly as text; booleans are 0/1. */
import type { Generated } from 'kysely';

export type IsoDateText = string;
/** 0 or 1. */
export type SqliteBoolean = number;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  /** JS-lowercased email, indexed for the case-insensitive duplicate check. */
  email_lower: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  location: string | null;
  linkedin_url: string | null;
  github_url: string | null;
  portfolio_url: string | null;
  current_role: string | null;
  years_of_experience: number;
  bio: string | null;
  /** JSON array text. */
  skills: string;
  resume_url: string | null;
  is_active: SqliteBoolean;
  date_joined: IsoDateText;
  updated_at: IsoDateText;
  last_login: IsoDateText | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: IsoDateText;
  expires_at: IsoDateText;
  revoked_at: IsoDateText | null;
}

export interface RefreshTokensTable {
  id: string;
  session_id: string;
  expires_at: IsoDateText;
  used_at: IsoDateText | null;
}

/** The document lives in `doc`; the other columns are indexed copies of what is filtered or
 * sorted on, rewritten from the document on every write. */
export interface ApplicationsTable {
  id: string;
  user_id: number;
  /** `application.status`; null when absent or null. */
  status: string | null;
  /** `application.source`; null when absent or null. */
  source: string | null;
  company_name: string;
  company_name_lc: string;
  job_title_lc: string;
  notes_lc: string | null;
  /** null when the document has no `is_favorite` key. */
  is_favorite: SqliteBoolean | null;
  /** null when the document has no `created_at` (sorts last, newest first). */
  created_at: IsoDateText | null;
  /** The document's `import_fingerprint`: unique per user where not null (migration 3). */
  import_fingerprint: string | null;
  /** JSON text of the document without `id` and `user_id`. */
  doc: string;
}

export interface CompaniesTable {
  /** Insertion order, for `findAll` and as the tie-break of equal names. */
  seq: Generated<number>;
  id: string;
  user_id: number;
  name: string;
  name_lc: string;
  industry_lc: string | null;
  location_lc: string | null;
  is_favorite: SqliteBoolean | null;
  /** JSON array text; null when the document has no tags. */
  tags: string | null;
  doc: string;
}

/** Contacts (migration 3): the document in `doc`, lowercased copies of the searched fields, and
 * the linked application ids as a JSON array for the "contacts of an application" filter. */
export interface ContactsTable {
  id: string;
  user_id: number;
  name_lc: string;
  company_lc: string;
  role_lc: string;
  email_lc: string;
  /** JSON array text of application ids. */
  application_ids: string;
  doc: string;
}

/** One failed login per row, for throttling; rows older than the retention are pruned. */
export interface LoginAttemptsTable {
  id: Generated<number>;
  /** `account:<email>` or `client:<address>`, as core builds it. */
  key: string;
  at: IsoDateText;
}

/** One row per user who changed an insight setting or made a calendar feed. */
export interface UserSettingsTable {
  user_id: number;
  silence_days: number;
  weekly_goal: number;
  /** SHA-256 (hex) of the calendar feed's secret; null while there is no feed. */
  calendar_secret_hash: string | null;
  updated_at: IsoDateText;
}

/** Bumped by triggers on every change to a user's applications (see migration 4). */
export interface ApplicationRevisionsTable {
  user_id: number;
  revision: number;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: IsoDateText;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  refresh_tokens: RefreshTokensTable;
  applications: ApplicationsTable;
  companies: CompaniesTable;
  contacts: ContactsTable;
  login_attempts: LoginAttemptsTable;
  user_settings: UserSettingsTable;
  application_revisions: ApplicationRevisionsTable;
  schema_migrations: SchemaMigrationsTable;
}
