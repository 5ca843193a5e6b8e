/** Collection names of the MongoDB store, in one place for the indexes, the repositories and
 * maintenance tools. */
export const COLLECTIONS = {
  users: 'users',
  /** Integer sequences (`_id`: sequence name, `seq`: last value handed out). */
  counters: 'counters',
  sessions: 'sessions',
  refreshTokens: 'refresh_tokens',
  loginAttempts: 'login_attempts',
  applications: 'applications',
  companies: 'companies',
  contacts: 'contacts',
  /** One record per user (`_id`: the user id): insight settings and the calendar secret hash. */
  userSettings: 'user_settings',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
