/** A full account for backup tests, and a comparable snapshot of any account: ids, owners and
 * file keys left out (a restore gives new ones), links and file contents kept, so two accounts
 * holding the same data have equal snapshots. Pure: the stores are passed in. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { ContactRepository } from '../contacts/ports.js';
import { buildFileKey, fileUrlOf } from '../files/file-key.js';
import type { FileStore } from '../files/file-store.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import type { UserRepository } from '../users/ports.js';
import { EDITABLE_PROFILE_FIELDS } from '../users/user.js';
import { anApplication } from './application-builders.js';
import { at } from './basic-builders.js';
import { aCompany } from './company-builder.js';
import { aContact } from './contact-builder.js';

export type AccountStores = {
  users: Pick<UserRepository, 'findById' | 'update'>;
  applications: Pick<ApplicationRepository, 'create' | 'stream'>;
  companies: Pick<CompanyRepository, 'create' | 'findAll'>;
  contacts: Pick<ContactRepository, 'create' | 'findPage'>;
  files: Pick<FileStore, 'stage' | 'commit' | 'open'>;
  userSettings: Pick<UserSettingsRepository, 'findByUserId' | 'update'>;
};

const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

let uuidCounter = 0;
async function storeFile(stores: AccountStores, userId: number, kind: 'resume' | 'document', content: Uint8Array, name: string) {
  uuidCounter += 1;
  const uuidHex = `${uuidCounter.toString(16).padStart(12, '0')}4000a${uuidCounter.toString(16).padStart(15, '0')}`;
  const extension = name.slice(name.lastIndexOf('.'));
  const key = buildFileKey({ ownerId: userId, kind, uuidHex, extension });
  await stores.files.commit(await stores.files.stage(once(content)), { key, displayName: name });
  return key;
}

/** Fills `userId`'s account: a profile with a resume file, three applications (timelines,
 * attachments with files, an import fingerprint, a field from a later version), two companies,
 * two contacts linked to applications, and settings with a calendar feed. */
export async function seedAccount(stores: AccountStores, userId: number): Promise<void> {
  const resumeKey = await storeFile(stores, userId, 'resume', bytesOf('%PDF-1.7 resume of Ada'), 'Ada CV.pdf');
  await stores.users.update(userId, () => ({
    first_name: 'Ada',
    last_name: 'Lovelace',
    phone: '+44 20 7946 0000',
    location: 'London',
    current_role: 'Analyst',
    years_of_experience: 7.5,
    bio: 'Notes on the engine',
    skills: ['Python', 'Łódź', '東京'],
    resume_url: fileUrlOf(resumeKey),
  }));
  const letterBytes = bytesOf('%PDF-1.4 cover letter \u00e9');
  const letter = await storeFile(stores, userId, 'document', letterBytes, 'letter.pdf');
  const binary = Uint8Array.from({ length: 3000 }, (_, index) => (index * 37) % 256);
  const sample = await storeFile(stores, userId, 'document', binary, 'sample.docx');
  const attachment = (key: string, size: number, name: string) => ({
    filename: name,
    original_name: name,
    file_path: key,
    file_url: fileUrlOf(key),
    file_size: size,
    file_type: name.slice(name.lastIndexOf('.') + 1),
    uploaded_at: at('2025-03-02T10:00:00.123Z'),
  });
  const applications: Application[] = [
    anApplication(userId, {
      company: { name: 'Google', location: 'Zürich' },
      created_at: at('2025-03-01T09:00:00.000Z'),
      timeline: [
        { date: at('2025-03-03T10:00:00Z'), event_type: 'status_change', title: 'Status changed from applied to interview', notes: '' },
        { date: null, event_type: null, title: 'Legacy event' },
      ],
      attachments: [attachment(letter, letterBytes.byteLength, 'letter.pdf'), attachment(sample, binary.byteLength, 'sample.docx')],
    }),
    {
      ...anApplication(userId, {
        company: { name: 'Globex' },
        created_at: at('2025-02-01T09:00:00.000Z'),
        import_fingerprint: 'a'.repeat(64),
        next_action: { date: '2025-06-01', text: 'Follow up' },
        deadline: null,
        timeline: [{ date: at('2025-04-01T00:00:00Z'), event_type: 'no_response', title: 'Closed as no response', notes: '', closed_as: 'no_response' }],
      }),
      // A field only a later version knows: kept as it is, dates included.
      later_field: { since: at('2025-06-01T00:00:00Z') },
    } as Application,
    { id: anApplication(userId).id, user_id: userId, company: { name: 'Bare' }, job: { title: 'Minimal' }, deadline: '2025-07-31' },
  ];
  for (const application of applications) await stores.applications.create(application);
  await stores.companies.create(aCompany(userId, { name: 'Zeta', tags: [] }));
  await stores.companies.create(aCompany(userId, { name: 'Alpha', industry: null, glassdoor_rating: null }));
  const [google, globex] = applications;
  await stores.contacts.create(aContact(userId, { name: 'Grace', application_ids: [google!.id, globex!.id] }));
  await stores.contacts.create(aContact(userId, { name: 'Linus', application_ids: [], interactions: [] }));
  await stores.userSettings.update(userId, () => ({
    user_id: userId,
    silence_days: 30,
    weekly_goal: 5,
    calendar_secret_hash: 'c'.repeat(64),
    updated_at: at('2025-04-01T08:00:00.000Z'),
  }));
}

const textOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

async function fileContent(stores: AccountStores, userId: number, key: string): Promise<string> {
  const stored = await stores.files.open(userId, key);
  if (!stored) return 'missing';
  // Hex per chunk: spreading a whole GridFS chunk (255 KiB) into an array overflows the stack.
  let hex = '';
  for await (const chunk of stored.bytes) hex += textOf(chunk);
  return `${stored.displayName ?? ''}:${hex}`;
}

/** The account's data as plain values, ids and keys replaced by what they point at. */
export async function accountSnapshot(stores: AccountStores, userId: number): Promise<unknown> {
  const user = await stores.users.findById(userId);
  if (!user) return null;
  const applications: Application[] = [];
  for await (const application of stores.applications.stream(userId, {})) applications.push(application);
  const position = new Map(applications.map((application, index) => [application.id, index]));
  const media = async (url: string | null) => (url?.startsWith('/media/') ? fileContent(stores, userId, url.slice(7)) : url);
  const profile = Object.fromEntries(EDITABLE_PROFILE_FIELDS.map((field) => [field, user[field]]));
  profile['resume_url'] = await media(user.resume_url);
  return {
    profile,
    applications: await Promise.all(
      applications.map(async ({ id: _id, user_id: _owner, ...application }) => ({
        ...application,
        attachments: application.attachments && (await Promise.all(application.attachments.map(async ({ file_path, file_url, ...rest }) => ({
          ...rest,
          file: await fileContent(stores, userId, file_path),
          url_matches_path: file_url === fileUrlOf(file_path),
        })))),
      })),
    ),
    companies: (await stores.companies.findAll(userId, {})).map(({ id: _id, user_id: _owner, ...company }) => company),
    contacts: (await stores.contacts.findPage(userId, {}, { offset: 0, limit: null })).items.map(({ id: _id, user_id: _owner, ...contact }) => ({
      ...contact,
      application_ids: contact.application_ids.map((id) => position.get(id) ?? `dangling:${id}`),
    })),
    // The calendar secret and the time of the last change are not data an archive carries.
    settings: await stores.userSettings.findByUserId(userId).then((found) => found && { silence_days: found.silence_days, weekly_goal: found.weekly_goal }),
  };
}
