/** Restores an archive into an empty account, on this server or another: ids are new, files
 * move into the account's folder under new keys, and links (contacts to applications,
 * attachments and the resume to files) follow them. Nothing is written until the whole archive
 * is checked (restore-plan.ts); a failure while writing removes what was written, so the account
 * is empty again. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { RandomSource } from '../auth/tokens.js';
import type { Company } from '../companies/company.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { Contact } from '../contacts/contact.js';
import type { ContactRepository } from '../contacts/ports.js';
import type { FileStore, StagedFile } from '../files/file-store.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import type { UserSettings } from '../settings/user-settings.js';
import { DomainError } from '../shared/domain-error.js';
import type { IdGenerator } from '../shared/ids.js';
import type { UserRepository } from '../users/ports.js';
import { EDITABLE_PROFILE_FIELDS, type ProfileChanges, type User } from '../users/user.js';
import { exactly } from './archive-bytes.js';
import { fileEntryPath } from './archive-paths.js';
import type { ArchiveReader } from './archive-ports.js';
import { restoredSettings } from './archive-settings.js';
import type { ArchivedProfile } from './archive-manifest.js';
import { FileKeyMap } from './file-key-map.js';
import { archiveError, dataDocuments, planRestore, type RestorePlan } from './restore-plan.js';

export type RestoreAccountDeps = {
  users: Pick<UserRepository, 'findById' | 'update'>;
  applications: Pick<ApplicationRepository, 'findPage' | 'createMany' | 'deleteAllOfUser'>;
  companies: Pick<CompanyRepository, 'findPage' | 'create' | 'deleteAllOfUser'>;
  contacts: Pick<ContactRepository, 'findPage' | 'create' | 'deleteAllOfUser'>;
  files: Pick<FileStore, 'stage' | 'commit' | 'discard' | 'remove'>;
  ids: IdGenerator;
  random: Pick<RandomSource, 'uuidHex'>;
  userSettings: Pick<UserSettingsRepository, 'findByUserId' | 'update' | 'delete'>;
};

export type RestoreResult = { applications: number; companies: number; contacts: number; files: number };

const ONE = { offset: 0, limit: 1 } as const;

async function assertEmpty(deps: RestoreAccountDeps, userId: number): Promise<void> {
  const totals = await Promise.all([
    deps.applications.findPage(userId, {}, ONE),
    deps.companies.findPage(userId, {}, ONE),
    deps.contacts.findPage(userId, {}, ONE),
  ]);
  if (totals.some((page) => page.total > 0)) throw new DomainError('ACCOUNT.NOT_EMPTY');
}

const profileFields = (profile: ArchivedProfile | User): ProfileChanges =>
  Object.fromEntries(EDITABLE_PROFILE_FIELDS.map((field) => [field, profile[field]])) as ProfileChanges;

export async function restoreAccount(
  deps: RestoreAccountDeps,
  command: { userId: number; archive: ArchiveReader; now: Date },
): Promise<RestoreResult> {
  const { userId, archive, now } = command;
  const user = await deps.users.findById(userId);
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  await assertEmpty(deps, userId);
  const plan = await planRestore(archive);
  await assertEmpty(deps, userId);

  const previousSettings = await deps.userSettings.findByUserId(userId);
  const written = new Writes();
  try {
    return await writeArchive(deps, { userId, archive, plan, now, written });
  } catch (error) {
    await undo(deps, { userId, user, previousSettings, written });
    throw error;
  }
}

/** What a restore has written so far, for undoing it. */
class Writes {
  documents = false;
  profile = false;
  settings = false;
  readonly fileKeys: string[] = [];
  staged: StagedFile | null = null;
}

async function writeArchive(
  deps: RestoreAccountDeps,
  context: { userId: number; archive: ArchiveReader; plan: RestorePlan; now: Date; written: Writes },
): Promise<RestoreResult> {
  const { userId, archive, plan, now, written } = context;
  const { manifest } = plan;
  const keys = new FileKeyMap(userId, deps.random);

  written.profile = true;
  await deps.users.update(userId, () => ({ ...profileFields(manifest.profile), resume_url: keys.urlFor(manifest.profile.resume_url), updated_at: now }));

  written.documents = true;
  const applicationIds = new Map<string, string>();
  async function* applications(): AsyncGenerator<Application> {
    for await (const archived of dataDocuments(archive, plan, 'applications')) {
      const id = deps.ids.objectId(archived.created_at ?? now);
      applicationIds.set(archived.id, id);
      const attachments = archived.attachments?.map((attachment) => {
        const key = keys.keyFor(attachment.file_path);
        return key ? { ...attachment, file_path: key, file_url: keys.urlFor(attachment.file_url) ?? attachment.file_url } : attachment;
      });
      yield { ...archived, ...(attachments ? { attachments } : {}), id, user_id: userId } as Application;
    }
  }
  const { created } = await deps.applications.createMany(userId, applications());
  if (created !== manifest.counts.applications) throw archiveError('Some applications of the archive could not be stored.');

  for await (const archived of dataDocuments(archive, plan, 'companies')) {
    await deps.companies.create({ ...archived, id: deps.ids.objectId(archived.created_at ?? now), user_id: userId } as Company);
  }
  for await (const archived of dataDocuments(archive, plan, 'contacts')) {
    const application_ids = archived.application_ids.flatMap((id) => applicationIds.get(id) ?? []);
    await deps.contacts.create({ ...archived, id: deps.ids.objectId(archived.created_at), user_id: userId, application_ids } satisfies Contact);
  }

  for (const file of manifest.files) {
    const key = keys.keyFor(file.key) as string;
    const path = fileEntryPath(file.key);
    written.staged = await deps.files.stage(exactly(archive.read(path), file.size, path));
    await deps.files.commit(written.staged, { key, displayName: file.display_name ?? key.slice(key.lastIndexOf('/') + 1) });
    written.staged = null;
    written.fileKeys.push(key);
  }

  const settings = restoredSettings(manifest.settings, { userId, current: await deps.userSettings.findByUserId(userId), now });
  if (settings) {
    written.settings = true;
    await deps.userSettings.update(userId, () => settings);
  }
  return { applications: created, companies: manifest.counts.companies, contacts: manifest.counts.contacts, files: manifest.files.length };
}

/** Best effort: each step runs even when an earlier one fails; the restore's error is the one
 * the caller sees. */
async function undo(
  deps: RestoreAccountDeps,
  context: { userId: number; user: User; previousSettings: UserSettings | null; written: Writes },
): Promise<void> {
  const { userId, user, previousSettings, written } = context;
  const steps: Array<() => Promise<unknown>> = [];
  if (written.staged) {
    const staged = written.staged;
    steps.push(() => deps.files.discard(staged));
  }
  for (const key of written.fileKeys) steps.push(() => deps.files.remove(userId, key));
  if (written.documents) {
    steps.push(() => deps.applications.deleteAllOfUser(userId), () => deps.companies.deleteAllOfUser(userId), () => deps.contacts.deleteAllOfUser(userId));
  }
  if (written.profile) steps.push(() => deps.users.update(userId, () => ({ ...profileFields(user), updated_at: user.updated_at })));
  if (written.settings) {
    steps.push(() => (previousSettings ? deps.userSettings.update(userId, () => previousSettings) : deps.userSettings.delete(userId)));
  }
  for (const step of steps) {
    try {
      await step();
    } catch {
      // Keep undoing the rest.
    }
  }
}
