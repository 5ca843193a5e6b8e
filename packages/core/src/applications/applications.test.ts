import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { InMemoryApplicationRepository, sequentialIds } from '../testing/index.js';
import { addTimelineEvent, changeApplicationStatus } from './application-events.js';
import { applicationStats, listApplications, listFilter, searchApplications } from './list-applications.js';
import { createApplication, deleteApplication, getApplication, updateApplication } from './manage-applications.js';

const NOW = new Date('2025-05-24T20:15:31.000Z');
const LATER = new Date('2025-05-25T08:00:00.000Z');

const ids = sequentialIds();
let applications: InMemoryApplicationRepository;
const deps = () => ({ applications, ids });

beforeEach(() => {
  applications = new InMemoryApplicationRepository();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

async function createOne(fields: Record<string, unknown> = {}, now = NOW, userId = 1) {
  return createApplication(deps(), {
    userId,
    fields: { company: { name: 'Acme' }, job: { title: 'Engineer' }, ...fields },
    now,
  });
}

describe('createApplication', () => {
  it('fills every server default of contract 5.2', async () => {
    const created = await createOne();
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      user_id: 1,
      company: { name: 'Acme' },
      job: { title: 'Engineer', currency: 'USD' },
      application: { applied_date: NOW, source: '', status: 'applied', resume_version: '', cover_letter: '', referral_name: '' },
      requirements: {},
      timeline: [],
      attachments: [],
      notes: '',
      is_favorite: false,
      created_at: NOW,
      updated_at: NOW,
    });
    expect(await applications.findById(1, created.id)).toEqual(created);
  });

  it('gives a sent requirements object both skill lists', async () => {
    const created = await createOne({ requirements: { education: 'BSc' } });
    expect(created.requirements).toEqual({ education: 'BSc', skills_required: [], skills_preferred: [] });
  });
});

describe('getApplication and deleteApplication', () => {
  it('check the id format, then existence and ownership', async () => {
    const created = await createOne();
    expect(await codeOf(getApplication(deps(), { userId: 1, id: 'xyz' }))).toBe('APPLICATION.INVALID_ID');
    expect(await codeOf(getApplication(deps(), { userId: 2, id: created.id }))).toBe('APPLICATION.NOT_FOUND');
    expect((await getApplication(deps(), { userId: 1, id: created.id.toUpperCase() })).id).toBe(created.id);
    expect(await codeOf(deleteApplication(deps(), { userId: 2, id: created.id }))).toBe('APPLICATION.NOT_FOUND');
    await deleteApplication(deps(), { userId: 1, id: created.id });
    expect(await codeOf(getApplication(deps(), { userId: 1, id: created.id }))).toBe('APPLICATION.NOT_FOUND');
  });
});

describe('updateApplication', () => {
  it('replaces sent sub-objects whole, resetting status and applied_date', async () => {
    const created = await createOne({ application: { status: 'offer', applied_date: new Date('2025-01-01'), source: 'X' } });
    const updated = await updateApplication(deps(), {
      userId: 1, id: created.id, changes: { application: { source: 'Y' }, requirements: {} }, now: LATER,
    });
    expect(updated.application).toEqual({
      applied_date: LATER, source: 'Y', status: 'applied', resume_version: '', cover_letter: '', referral_name: '',
    });
    expect(updated.requirements).toEqual({ skills_required: [], skills_preferred: [] });
    expect(updated.company).toEqual(created.company);
    expect(updated.updated_at).toEqual(LATER);
    expect(updated.created_at).toEqual(NOW);
  });

  it('touches updated_at only for {}', async () => {
    const created = await createOne();
    const touched = await updateApplication(deps(), { userId: 1, id: created.id, changes: {}, now: LATER });
    expect(touched).toEqual({ ...created, updated_at: LATER });
  });
});

describe('timeline and status events', () => {
  it('appends a timeline event with all six keys', async () => {
    const created = await createOne();
    const updated = await addTimelineEvent(deps(), { userId: 1, id: created.id, event: { event_type: 'x', title: 'y' }, now: LATER });
    expect(updated.timeline).toEqual([{ date: LATER, event_type: 'x', title: 'y', notes: '', interviewer_name: '', interview_type: '' }]);
    expect(updated.updated_at).toEqual(LATER);
  });

  it('logs a status change with the old status, or "unknown"', async () => {
    const created = await createOne();
    const changed = await changeApplicationStatus(deps(), { userId: 1, id: created.id, status: 'offer', now: LATER });
    expect(changed.application?.status).toBe('offer');
    expect(changed.timeline).toEqual([{ date: LATER, event_type: 'status_change', title: 'Status changed from applied to offer', notes: '' }]);
    await applications.create({ id: 'f'.repeat(24), user_id: 1, company: { name: 'A' }, job: { title: 'B' } });
    const fromUnknown = await changeApplicationStatus(deps(), { userId: 1, id: 'f'.repeat(24), status: 'screening', notes: 'n', now: LATER });
    expect(fromUnknown.timeline?.[0]?.title).toBe('Status changed from unknown to screening');
    expect(fromUnknown.application).toEqual({ status: 'screening' });
  });

  it('checks the id before existence', async () => {
    expect(await codeOf(changeApplicationStatus(deps(), { userId: 1, id: 'bad', status: 'offer', now: NOW }))).toBe('APPLICATION.INVALID_ID');
    expect(await codeOf(addTimelineEvent(deps(), { userId: 1, id: 'a'.repeat(24), event: { event_type: 'x', title: 'y' }, now: NOW }))).toBe(
      'APPLICATION.NOT_FOUND',
    );
  });
});

describe('listApplications', () => {
  beforeEach(async () => {
    for (let i = 0; i < 5; i++) await createOne({}, new Date(NOW.getTime() + i * 1000));
  });

  it('computes next and previous page numbers (contract 1.7)', async () => {
    const list = (page: number, pageSize: number) => listApplications(deps(), { userId: 1, query: { page, pageSize } });
    expect(await list(1, 20)).toMatchObject({ count: 5, next: null, previous: null });
    expect(await list(1, 2)).toMatchObject({ next: 2, previous: null });
    expect(await list(2, 2)).toMatchObject({ next: 3, previous: 1 });
    expect(await list(3, 2)).toMatchObject({ next: null, previous: 2 });
    expect(await list(7, 2)).toMatchObject({ next: null, previous: 6, results: [] });
    expect((await list(1, 100)).results).toHaveLength(5);
  });

  it('builds filters from the raw query text', () => {
    expect(listFilter({ status: '', company: '', jobTitle: '', isFavorite: '' })).toEqual({});
    expect(listFilter({ status: 'offer', company: 'g(', jobTitle: 'dev', isFavorite: 'TRUE' })).toEqual({
      status: 'offer', companyContains: 'g(', jobTitleContains: 'dev', isFavorite: true,
    });
    expect(listFilter({ isFavorite: 'yes' })).toEqual({ isFavorite: false });
  });
});

describe('searchApplications and applicationStats', () => {
  it('requires a term', async () => {
    expect(await codeOf(searchApplications(deps(), { userId: 1, term: undefined }))).toBe('SEARCH.TERM_REQUIRED');
    expect(await codeOf(searchApplications(deps(), { userId: 1, term: '  ' }))).toBe('SEARCH.TERM_REQUIRED');
  });

  it('keys a missing status "None"', () => {
    expect(applicationStats([{ status: 'applied', count: 2 }, { status: null, count: 1 }])).toEqual({
      total_applications: 3, status_breakdown: { applied: 2, None: 1 },
    });
  });
});
