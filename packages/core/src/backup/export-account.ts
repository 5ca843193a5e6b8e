/** The account archive of one person: every application (timeline and attachment records
 * included), company and contact as JSON lines, the bytes of every file they point at, and a
 * manifest with the profile, the settings, the counts and the file list, written last. Entries
 * stream one after another, and memory holds only the list of file keys. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { ContactRepository } from '../contacts/ports.js';
import type { FileStore } from '../files/file-store.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import { isOwnFileKey } from '../files/file-key.js';
import { DomainError } from '../shared/domain-error.js';
import { utf8Bytes } from '../shared/text-codec.js';
import type { UserRepository } from '../users/ports.js';
import type { User } from '../users/user.js';
import { exactly, single } from './archive-bytes.js';
import { encodeTagged, jsonLines } from './archive-json.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, DATA_PATHS, fileEntryPath, MANIFEST_PATH } from './archive-paths.js';
import type { ArchiveEntry } from './archive-ports.js';
import { archivedSettings } from './archive-settings.js';
import type { ArchivedFile, ArchivedProfile } from './archive-manifest.js';

export type ExportAccountDeps = {
  users: Pick<UserRepository, 'findById'>;
  applications: Pick<ApplicationRepository, 'stream'>;
  companies: Pick<CompanyRepository, 'findAll'>;
  contacts: Pick<ContactRepository, 'findPage'>;
  files: Pick<FileStore, 'open'>;
  userSettings: Pick<UserSettingsRepository, 'findByUserId'>;
};

const MEDIA_PREFIX = '/media/';

/** The key a profile's resume URL points at, when it is a stored file of this user. */
export function resumeKeyOf(resumeUrl: string | null, userId: number): string | null {
  if (!resumeUrl?.startsWith(MEDIA_PREFIX)) return null;
  const key = resumeUrl.slice(MEDIA_PREFIX.length);
  return isOwnFileKey(key, userId) ? key : null;
}

function profileOf(user: User): ArchivedProfile {
  const { email, first_name, last_name, phone, location, linkedin_url, github_url, portfolio_url, current_role, years_of_experience, bio, skills } = user;
  const { resume_url, date_joined } = user;
  return { email, first_name, last_name, phone, location, linkedin_url, github_url, portfolio_url, current_role, years_of_experience, bio, skills, resume_url, date_joined };
}

/** The owner is the archive's reader; ids stay, so contacts' links can be followed. */
const withoutOwner = <T extends { user_id: number }>({ user_id: _owner, ...document }: T): Omit<T, 'user_id'> => document;

/** Checks the account, then returns the entries; a missing user is an error before any byte. */
export async function exportAccount(deps: ExportAccountDeps, command: { userId: number; now: Date }): Promise<AsyncIterable<ArchiveEntry>> {
  const user = await deps.users.findById(command.userId);
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  return accountEntries(deps, { user, now: command.now });
}

async function* accountEntries(deps: ExportAccountDeps, context: { user: User; now: Date }): AsyncGenerator<ArchiveEntry> {
  const { user, now } = context;
  const counts = { applications: 0, companies: 0, contacts: 0 };
  const keys = new Set<string>();
  const resumeKey = resumeKeyOf(user.resume_url, user.id);
  if (resumeKey) keys.add(resumeKey);
  const entry = (path: string, bytes: AsyncIterable<Uint8Array>, compress = true): ArchiveEntry => ({ path, bytes, compress, modifiedAt: now });

  async function* applications(): AsyncGenerator<Omit<Application, 'user_id'>> {
    for await (const application of deps.applications.stream(user.id, {})) {
      // Collected while the entry is written: the file entries come after it.
      for (const attachment of application.attachments ?? []) if (isOwnFileKey(attachment.file_path, user.id)) keys.add(attachment.file_path);
      yield withoutOwner(application);
    }
  }
  yield entry(DATA_PATHS.applications, jsonLines(applications(), () => (counts.applications += 1)));
  const companies = (await deps.companies.findAll(user.id, {})).map(withoutOwner);
  yield entry(DATA_PATHS.companies, jsonLines(companies, () => (counts.companies += 1)));
  const { items: contacts } = await deps.contacts.findPage(user.id, {}, { offset: 0, limit: null });
  yield entry(DATA_PATHS.contacts, jsonLines(contacts.map(withoutOwner), () => (counts.contacts += 1)));

  const files: ArchivedFile[] = [];
  const missing: string[] = [];
  for (const key of [...keys].sort()) {
    const stored = await deps.files.open(user.id, key);
    if (!stored) {
      // A record whose file is gone: the record is kept, as it is in the account.
      missing.push(key);
      continue;
    }
    files.push({ key, size: stored.size, display_name: stored.displayName });
    yield entry(fileEntryPath(key), exactly(stored.bytes, stored.size, `The file ${key}`), false);
  }

  const manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exported_at: now,
    profile: profileOf(user),
    settings: archivedSettings(await deps.userSettings.findByUserId(user.id)),
    counts,
    files,
    missing_files: missing,
  };
  yield entry(MANIFEST_PATH, single(utf8Bytes(`${encodeTagged(manifest)}\n`)));
}
