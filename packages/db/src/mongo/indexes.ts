/** The indexes of the MongoDB store, created at every start (creating an existing index with the
 * same definition is a no-op, so concurrent starts are harmless). Token and session hashes are
 * the `_id`, indexed and unique by MongoDB itself. */
import { COLLECTIONS, type CollectionName } from './collections.js';
import type { IndexOptions, MinimalDb, SortSpec } from './minimal-db.js';

export type IndexDefinition = { collection: CollectionName; keys: SortSpec; options: IndexOptions & { name: string } };

/** TTL indexes act on a date: the document is deleted once that date has passed. */
const AT_THE_DATE = { expireAfterSeconds: 0 };

/** Sessions and refresh tokens are kept a day past their expiry: an access token can outlive its
 * session by up to its own lifetime, and until the session is gone a revoked one is reported as
 * revoked (as on SQLite, which keeps them) rather than as unknown. Changing this value needs a
 * `collMod` on existing databases: creating the index with other options fails. */
const A_DAY_AFTER_THE_DATE = { expireAfterSeconds: 24 * 60 * 60 };

export const MONGO_INDEXES: readonly IndexDefinition[] = [
  // The exact email is unique, as in the SQLite schema: the arbiter of concurrent registrations.
  { collection: COLLECTIONS.users, keys: { email: 1 }, options: { name: 'users_email_unique', unique: true } },
  { collection: COLLECTIONS.users, keys: { email_lower: 1 }, options: { name: 'users_email_lower' } },

  { collection: COLLECTIONS.sessions, keys: { user_id: 1 }, options: { name: 'sessions_user' } },
  {
    collection: COLLECTIONS.sessions,
    keys: { expires_at: 1 },
    options: { name: 'sessions_expiry_ttl', ...A_DAY_AFTER_THE_DATE },
  },
  { collection: COLLECTIONS.refreshTokens, keys: { session_id: 1 }, options: { name: 'refresh_tokens_session' } },
  {
    collection: COLLECTIONS.refreshTokens,
    keys: { expires_at: 1 },
    options: { name: 'refresh_tokens_expiry_ttl', ...A_DAY_AFTER_THE_DATE },
  },
  { collection: COLLECTIONS.loginAttempts, keys: { key: 1, at: 1 }, options: { name: 'login_attempts_key_at' } },
  { collection: COLLECTIONS.loginAttempts, keys: { expires_at: 1 }, options: { name: 'login_attempts_expiry_ttl', ...AT_THE_DATE } },

  // Newest first with the id as tie-break: the list order and the keyset of `stream`.
  {
    collection: COLLECTIONS.applications,
    keys: { user_id: 1, created_at: -1, _id: -1 },
    options: { name: 'applications_user_created' },
  },
  { collection: COLLECTIONS.applications, keys: { user_id: 1, 'application.status': 1 }, options: { name: 'applications_user_status' } },
  { collection: COLLECTIONS.applications, keys: { user_id: 1, 'company.name': 1 }, options: { name: 'applications_user_company_name' } },

  { collection: COLLECTIONS.companies, keys: { user_id: 1, name: 1, _seq: 1 }, options: { name: 'companies_user_name' } },
  // The duplicate-name lookup and the name-prefix filter (an anchored regex on the copy).
  { collection: COLLECTIONS.companies, keys: { user_id: 1, '_lc.name': 1, _seq: 1 }, options: { name: 'companies_user_name_lc' } },
  { collection: COLLECTIONS.companies, keys: { user_id: 1, _seq: 1 }, options: { name: 'companies_user_insertion' } },

  // Imports: a row's fingerprint is stored once per user, whichever process imports it.
  {
    collection: COLLECTIONS.applications,
    keys: { user_id: 1, import_fingerprint: 1 },
    options: { name: 'applications_user_import_unique', unique: true, partialFilterExpression: { import_fingerprint: { $type: 'string' } } },
  },

  // The list order (lowercased name, then id) and the "contacts of an application" filter.
  { collection: COLLECTIONS.contacts, keys: { user_id: 1, '_lc.name': 1, _id: 1 }, options: { name: 'contacts_user_name' } },
  { collection: COLLECTIONS.contacts, keys: { user_id: 1, application_ids: 1 }, options: { name: 'contacts_user_application' } },
  // The calendar feed finds its user by the secret's hash. Not unique: records without a feed all
  // hold null, and two random 120-bit secrets do not collide.
  { collection: COLLECTIONS.userSettings, keys: { calendar_secret_hash: 1 }, options: { name: 'user_settings_calendar_secret' } },
];

export async function ensureIndexes(db: MinimalDb): Promise<void> {
  for (const index of MONGO_INDEXES) await db.collection(index.collection).createIndex(index.keys, index.options);
}
