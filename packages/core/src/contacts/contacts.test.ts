import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { removeApplication } from './remove-application.js';
import { anApplication, aContact, at, createInMemoryFileStore, InMemoryApplicationRepository, InMemoryContactRepository, sequentialIds } from '../testing/index.js';
import { lastContacted } from './contact.js';
import { logContactInteraction, removeContactInteraction } from './contact-interactions.js';
import {
  applicationsOfContact,
  contactsOfApplication,
  forgetApplicationInContacts,
  linkContactToApplication,
  unlinkContactFromApplication,
} from './contact-links.js';
import { listContacts } from './list-contacts.js';
import { createContact, deleteContact, getContact, updateContact } from './manage-contacts.js';

const NOW = at('2025-06-01T09:00:00.000Z');
const LATER = at('2025-06-02T09:00:00.000Z');
const ALICE = 1;
const BOB = 2;

let contacts: InMemoryContactRepository;
let applications: InMemoryApplicationRepository;
const deps = () => ({ contacts, applications, ids: sequentialIds() });

beforeEach(() => {
  contacts = new InMemoryContactRepository();
  applications = new InMemoryApplicationRepository();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('createContact, getContact, updateContact, deleteContact', () => {
  it('stores every text field, blank when not given, with no links and an empty log', async () => {
    const created = await createContact(deps(), { userId: ALICE, fields: { name: 'Grace Hopper', email: 'grace@example.com' }, now: NOW });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      user_id: ALICE,
      name: 'Grace Hopper',
      role: '',
      company: '',
      email: 'grace@example.com',
      phone: '',
      profile_url: '',
      notes: '',
      application_ids: [],
      interactions: [],
      created_at: NOW,
      updated_at: NOW,
    });
    expect(await getContact(deps(), { userId: ALICE, id: created.id.toUpperCase() })).toEqual(created);
  });

  it('replaces only the sent fields and keeps links and the log', async () => {
    const stored = aContact(ALICE, { application_ids: ['65f1c2a1b2c3d4e5f6071800'] });
    await contacts.create(stored);
    const updated = await updateContact(deps(), { userId: ALICE, id: stored.id, fields: { role: 'CTO', notes: undefined }, now: LATER });
    expect(updated).toEqual({ ...stored, role: 'CTO', updated_at: LATER });
  });

  it('answers 400 for a malformed id and 404 for a missing or foreign contact', async () => {
    const alices = aContact(ALICE);
    await contacts.create(alices);
    expect(await codeOf(getContact(deps(), { userId: ALICE, id: 'nope' }))).toBe('CONTACT.INVALID_ID');
    expect(await codeOf(getContact(deps(), { userId: BOB, id: alices.id }))).toBe('CONTACT.NOT_FOUND');
    expect(await codeOf(updateContact(deps(), { userId: BOB, id: alices.id, fields: { name: 'x' }, now: NOW }))).toBe('CONTACT.NOT_FOUND');
    expect(await codeOf(deleteContact(deps(), { userId: BOB, id: alices.id }))).toBe('CONTACT.NOT_FOUND');
    await deleteContact(deps(), { userId: ALICE, id: alices.id });
    expect(await contacts.findById(ALICE, alices.id)).toBeNull();
  });
});

describe('listContacts', () => {
  beforeEach(async () => {
    for (const [name, company, role] of [
      ['bob Builder', 'Acme', 'Recruiter'],
      ['Ada', 'Globex', 'Hiring manager'],
      ['Zoë', 'acme labs', 'Engineer'],
      ['carl', 'Initech', 'Referral'],
    ] as const) {
      await contacts.create(aContact(ALICE, { name, company, role, email: `${name.split(' ')[0]?.toLowerCase()}@mail.test` }));
    }
    await contacts.create(aContact(BOB, { name: 'Bob of Bob', company: 'Acme' }));
  });

  it('sorts by name ignoring case and pages with page numbers', async () => {
    const first = await listContacts(deps(), { userId: ALICE, query: { page: 1, pageSize: 3 } });
    expect(first.results.map((contact) => contact.name)).toEqual(['Ada', 'bob Builder', 'carl']);
    expect(first).toMatchObject({ count: 4, next: 2, previous: null });
    const second = await listContacts(deps(), { userId: ALICE, query: { page: 2, pageSize: 3 } });
    expect(second.results.map((contact) => contact.name)).toEqual(['Zoë']);
  });

  it('searches name, company, role and email literally, ignoring case, and only the caller’s', async () => {
    const names = async (q: string) => (await listContacts(deps(), { userId: ALICE, query: { q } })).results.map((contact) => contact.name);
    expect(await names('ACME')).toEqual(['bob Builder', 'Zoë']);
    expect(await names('hiring')).toEqual(['Ada']);
    expect(await names('carl@')).toEqual(['carl']);
    expect(await names('.*')).toEqual([]);
    expect(await names('  ')).toHaveLength(4);
  });
});

describe('links between contacts and applications', () => {
  it('links idempotently, lists both directions, and unlinks', async () => {
    const contact = aContact(ALICE);
    await contacts.create(contact);
    const first = anApplication(ALICE, { company: { name: 'Acme' } });
    const second = anApplication(ALICE, { company: { name: 'Globex' } });
    await applications.create(first);
    await applications.create(second);
    const link = (applicationId: string) => linkContactToApplication(deps(), { userId: ALICE, contactId: contact.id, applicationId, now: LATER });
    await link(second.id);
    await link(first.id);
    const again = await link(first.id);
    expect(again.application_ids).toEqual([second.id, first.id]);
    expect(again.updated_at).toEqual(LATER);
    expect((await applicationsOfContact(deps(), { userId: ALICE, contactId: contact.id })).map((a) => a.company.name)).toEqual(['Globex', 'Acme']);
    expect((await contactsOfApplication(deps(), { userId: ALICE, applicationId: first.id })).map((c) => c.id)).toEqual([contact.id]);
    const unlinked = await unlinkContactFromApplication(deps(), { userId: ALICE, contactId: contact.id, applicationId: first.id, now: LATER });
    expect(unlinked.application_ids).toEqual([second.id]);
  });

  it("refuses another user's application or contact", async () => {
    const contact = aContact(ALICE);
    await contacts.create(contact);
    const bobs = anApplication(BOB);
    await applications.create(bobs);
    expect(await codeOf(linkContactToApplication(deps(), { userId: ALICE, contactId: contact.id, applicationId: bobs.id, now: NOW }))).toBe(
      'APPLICATION.NOT_FOUND',
    );
    expect(await codeOf(contactsOfApplication(deps(), { userId: ALICE, applicationId: bobs.id }))).toBe('APPLICATION.NOT_FOUND');
    expect(await codeOf(applicationsOfContact(deps(), { userId: BOB, contactId: contact.id }))).toBe('CONTACT.NOT_FOUND');
    expect(await codeOf(linkContactToApplication(deps(), { userId: ALICE, contactId: contact.id, applicationId: 'x', now: NOW }))).toBe(
      'APPLICATION.INVALID_ID',
    );
  });

  it('skips deleted applications and forgets them on request', async () => {
    const application = anApplication(ALICE);
    await applications.create(application);
    const contact = aContact(ALICE, { application_ids: [application.id] });
    await contacts.create(contact);
    await contacts.create(aContact(ALICE, { application_ids: [] }));
    await applications.delete(ALICE, application.id);
    expect(await applicationsOfContact(deps(), { userId: ALICE, contactId: contact.id })).toEqual([]);
    expect(await forgetApplicationInContacts(deps(), { userId: ALICE, applicationId: application.id, now: LATER })).toBe(1);
    expect((await contacts.findById(ALICE, contact.id))?.application_ids).toEqual([]);
  });
});

describe('removeApplication', () => {
  it('deletes the application with its files and drops it from the owner’s contacts only', async () => {
    const files = createInMemoryFileStore({ now: () => NOW });
    const application = anApplication(ALICE);
    await applications.create(application);
    const linked = aContact(ALICE, { application_ids: [application.id, '65f1c2a1b2c3d4e5f6071800'] });
    const bobs = aContact(BOB, { application_ids: [application.id] });
    await contacts.create(linked);
    await contacts.create(bobs);
    expect(await removeApplication({ ...deps(), files }, { userId: ALICE, id: application.id.toUpperCase(), now: LATER })).toEqual({ leftoverKeys: [] });
    expect(await applications.findById(ALICE, application.id)).toBeNull();
    expect(await contacts.findById(ALICE, linked.id)).toMatchObject({ application_ids: ['65f1c2a1b2c3d4e5f6071800'], updated_at: LATER });
    expect((await contacts.findById(BOB, bobs.id))?.application_ids).toEqual([application.id]);
    expect(await codeOf(removeApplication({ ...deps(), files }, { userId: ALICE, id: application.id, now: LATER }))).toBe('APPLICATION.NOT_FOUND');
  });
});

describe('the interaction log', () => {
  it('keeps entries in date order, derives last contacted, and removes by index', async () => {
    const contact = aContact(ALICE, { interactions: [] });
    await contacts.create(contact);
    const log = (date: Date | undefined, note: string) =>
      logContactInteraction(deps(), { userId: ALICE, contactId: contact.id, interaction: { date, channel: 'phone', note }, now: NOW });
    expect(lastContacted(await getContact(deps(), { userId: ALICE, id: contact.id }))).toBeNull();
    await log(at('2025-05-03T00:00:00Z'), 'third');
    await log(at('2025-05-01T00:00:00Z'), 'first');
    await log(at('2025-05-03T00:00:00Z'), 'fourth');
    const withDefault = await log(undefined, 'today');
    expect(withDefault.interactions.map((entry) => entry.note)).toEqual(['first', 'third', 'fourth', 'today']);
    expect(withDefault.interactions[3]).toEqual({ date: NOW, channel: 'phone', note: 'today' });
    expect(lastContacted(withDefault)).toEqual(NOW);
    const removed = await removeContactInteraction(deps(), { userId: ALICE, contactId: contact.id, index: 3, now: LATER });
    expect(lastContacted(removed)).toEqual(at('2025-05-03T00:00:00Z'));
    expect(await codeOf(removeContactInteraction(deps(), { userId: ALICE, contactId: contact.id, index: 3, now: LATER }))).toBe('VALIDATION.FAILED');
  });
});
