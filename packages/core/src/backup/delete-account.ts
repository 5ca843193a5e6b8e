/** Account deletion: every record and file of the person, through the ports, once they have
 * confirmed with their password. Sessions go first (so no request of theirs goes on), the user
 * record last (so a deletion that fails half-way can simply be run again). */
import { accountThrottleKey } from '../auth/login.js';
import type { LoginAttemptLog, RefreshTokenRepository, SessionRepository } from '../auth/ports.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { ContactRepository } from '../contacts/ports.js';
import type { FileStore } from '../files/file-store.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import { DomainError, validationError } from '../shared/domain-error.js';
import type { PasswordHasher, UserRepository } from '../users/ports.js';

export type DeleteAccountDeps = {
  users: Pick<UserRepository, 'findById' | 'delete'>;
  sessions: Pick<SessionRepository, 'deleteAllOfUser'>;
  refreshTokens: Pick<RefreshTokenRepository, 'deleteOfSessions'>;
  attempts: Pick<LoginAttemptLog, 'clear'>;
  applications: Pick<ApplicationRepository, 'deleteAllOfUser'>;
  companies: Pick<CompanyRepository, 'deleteAllOfUser'>;
  contacts: Pick<ContactRepository, 'deleteAllOfUser'>;
  files: Pick<FileStore, 'removeAll'>;
  userSettings: Pick<UserSettingsRepository, 'delete'>;
  hasher: Pick<PasswordHasher, 'verify'>;
};

export type DeletedAccount = { sessions: number; applications: number; companies: number; contacts: number; files: number };

export const WRONG_PASSWORD_MESSAGE = 'Password is incorrect.';

export async function deleteAccount(deps: DeleteAccountDeps, command: { userId: number; password: string }): Promise<DeletedAccount> {
  const { userId } = command;
  const user = await deps.users.findById(userId);
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  if (!(await deps.hasher.verify(user.password_hash, command.password))) throw validationError({ password: [WRONG_PASSWORD_MESSAGE] });
  const sessionIds = await deps.sessions.deleteAllOfUser(userId);
  await deps.refreshTokens.deleteOfSessions(sessionIds);
  const applications = await deps.applications.deleteAllOfUser(userId);
  const companies = await deps.companies.deleteAllOfUser(userId);
  const contacts = await deps.contacts.deleteAllOfUser(userId);
  const files = await deps.files.removeAll(userId);
  await deps.userSettings.delete(userId);
  await deps.attempts.clear(accountThrottleKey(user.email));
  await deps.users.delete(userId);
  return { sessions: sessionIds.length, applications, companies, contacts, files };
}
