/** Conformance suite for ApplicationRepository.findViews and for the keys the insights added to
 * the document (next action, deadline, a "no response" closing): any adapter must pass it
 * unchanged. */
import { APPLICATIONS_CSV_FIELDS, applicationCsvLine, NO_RESPONSE, VIEW_FIELDS, type Application, type ApplicationView } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aMinimalApplication, anApplication, at } from '@jobtracker/core/testing';
import { createInOrder } from './application-fixtures.js';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;
const BOB = 2;

/** Keeps the entries whose value is neither undefined nor null: a view leaves both out. */
const present = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item != null)) as Partial<T>;

/** What a view of `application` with every field must hold: the same values as the document. */
function expectedView(application: Application): ApplicationView {
  const view: ApplicationView = {
    id: application.id,
    company: present({ name: application.company.name, location: application.company.location, industry: application.company.industry }) as ApplicationView['company'],
  };
  const info = application.application;
  const picked = present({
    status: info?.status,
    source: info?.source,
    applied_date: info?.applied_date,
    resume_version: info?.resume_version,
  });
  if (Object.keys(picked).length > 0) view.application = picked;
  const requirements = present({
    skills_required: application.requirements?.skills_required,
    skills_preferred: application.requirements?.skills_preferred,
  });
  if (Object.keys(requirements).length > 0) view.requirements = requirements;
  if (application.timeline) view.timeline = application.timeline;
  const job = present({
    salary_min: application.job.salary_min,
    salary_max: application.job.salary_max,
    title: application.job.title,
    employment_type: application.job.employment_type,
    work_mode: application.job.work_mode,
    experience_level: application.job.experience_level,
  });
  if (Object.keys(job).length > 0) view.job = job;
  if (application.next_action != null) view.next_action = application.next_action;
  if (application.deadline != null) view.deadline = application.deadline;
  if (application.created_at) view.created_at = application.created_at;
  if (application.notes != null) view.notes = application.notes;
  return view;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

const followedUp = (overrides: Partial<Application> = {}): Application =>
  anApplication(ALICE, {
    next_action: { date: '2025-06-03', text: 'Call Jane, ask about the team' },
    deadline: '2025-06-10',
    timeline: [
      {
        date: at('2025-06-01T12:00:00.000Z'),
        event_type: NO_RESPONSE,
        title: 'Closed as no response',
        notes: '',
        closed_as: NO_RESPONSE,
      },
    ],
    ...overrides,
  });

export function describeApplicationViews(name: string, open: OpenStore<'applications'>): void {
  describe(`ApplicationRepository views and insight keys (${name})`, () => {
    const store = useFreshStore(open);

    describe('findViews', () => {
      it('carries exactly the asked fields of every match, newest first, for one user only', async () => {
        const { applications } = store();
        const [older, newer] = await createInOrder(applications, [anApplication(ALICE), aMinimalApplication(ALICE)]);
        await applications.create(anApplication(BOB));
        const views = await applications.findViews(ALICE, {}, VIEW_FIELDS);
        expect(views).toStrictEqual([expectedView(newer!), expectedView(older!)]);
        expect(await applications.findViews(ALICE, {}, ['created_at'])).toStrictEqual([
          { company: { name: 'Acme' }, created_at: newer!.created_at },
          { company: { name: 'Google' }, created_at: older!.created_at },
        ]);
        expect(await applications.findViews(ALICE, { status: 'applied' }, [])).toStrictEqual([{ company: { name: 'Google' } }]);
      });

      it('carries the id, title, resume version, preferred skills, next action, deadline and a closing', async () => {
        const { applications } = store();
        const [application] = await createInOrder(applications, [followedUp()]);
        const [view] = await applications.findViews(ALICE, {}, [
          'id', 'job.title', 'application.resume_version', 'requirements.skills_preferred', 'next_action', 'deadline', 'timeline',
        ]);
        expect(view).toStrictEqual({
          id: application!.id,
          company: { name: 'Google' },
          job: { title: 'Backend Developer' },
          application: { resume_version: 'v2' },
          requirements: { skills_preferred: ['MongoDB'] },
          next_action: { date: '2025-06-03', text: 'Call Jane, ask about the team' },
          deadline: '2025-06-10',
          timeline: application!.timeline,
        });
        expect(await applications.findViews(ALICE, {}, VIEW_FIELDS)).toStrictEqual([expectedView(application!)]);
      });

      it('shows every write at once, however the adapter keeps views, and hands out arrays the caller may change', async () => {
        const { applications } = store();
        const ids = async () => (await applications.findViews(ALICE, {}, ['id', 'timeline'])).map((view) => view.id).sort();
        const [first] = await createInOrder(applications, [anApplication(ALICE)]);
        expect(await ids()).toEqual([first!.id]);
        const read = await applications.findViews(ALICE, {}, ['id', 'timeline']);
        read.pop();
        expect(await ids()).toEqual([first!.id]);
        const [second] = await createInOrder(applications, [aMinimalApplication(ALICE)]);
        expect(await ids()).toEqual([second!.id, first!.id].sort());
        await applications.update(ALICE, first!.id, (current) => ({ ...current, timeline: [{ date: at('2025-06-02T00:00:00.000Z'), event_type: 'phone_screen', title: 'Call' }] }));
        expect((await applications.findViews(ALICE, {}, ['id', 'timeline'])).find((view) => view.id === first!.id)?.timeline).toHaveLength(1);
        await applications.create(anApplication(BOB));
        expect(await ids()).toEqual([second!.id, first!.id].sort());
        await applications.delete(ALICE, second!.id);
        expect(await ids()).toEqual([first!.id]);
        await applications.deleteAllOfUser(ALICE);
        expect(await ids()).toEqual([]);
        expect(await applications.findViews(BOB, {}, ['id', 'timeline'])).toHaveLength(1);
      });

      it('leaves cleared (null) follow-ups out of a view', async () => {
        const { applications } = store();
        await createInOrder(applications, [followedUp({ next_action: null, deadline: null })]);
        expect(await applications.findViews(ALICE, {}, ['next_action', 'deadline'])).toStrictEqual([{ company: { name: 'Google' } }]);
      });
    });

    describe('streamViews', () => {
      it('streams what findViews answers, newest first, across batch boundaries, for one user and filter only', async () => {
        const { applications } = store();
        const sameTime = at('2025-02-01T00:00:00.000Z');
        // More than two batches, with ties on created_at, documents without it and sparse ones.
        const created = Array.from({ length: 1105 }, (_, index) => {
          const application = index % 2 === 0
            ? anApplication(ALICE, { application: { status: index % 3 === 0 ? 'offer' : 'applied', source: 'Referral' } })
            : aMinimalApplication(ALICE, { notes: `note ${index}` });
          if (index % 100 === 0) delete application.created_at;
          else application.created_at = index % 7 === 0 ? sameTime : new Date(sameTime.getTime() + index * 1000);
          return application;
        });
        await applications.createMany(ALICE, created);
        await applications.create(anApplication(BOB));

        const streamed = await collect(applications.streamViews(ALICE, {}, VIEW_FIELDS));
        expect(streamed).toHaveLength(1105);
        expect(streamed).toStrictEqual(await applications.findViews(ALICE, {}, VIEW_FIELDS));
        const paged = (await applications.findPage(ALICE, {}, { offset: 0, limit: null })).items;
        expect(streamed).toStrictEqual(paged.map(expectedView));

        const offers = await collect(applications.streamViews(ALICE, { status: 'offer' }, APPLICATIONS_CSV_FIELDS));
        expect(offers).toStrictEqual(await applications.findViews(ALICE, { status: 'offer' }, APPLICATIONS_CSV_FIELDS));
        expect(offers).toHaveLength(185);
        expect(await collect(applications.streamViews(BOB + 1, {}, VIEW_FIELDS))).toStrictEqual([]);
      });

      it('carries exactly the stored values, so a CSV line from a view is the line from the document', async () => {
        const { applications } = store();
        const odd = anApplication(ALICE, {
          company: { name: '=HYPERLINK("http://evil","x")', location: 'Łódź, "PL" 東京 \u{1F600}', industry: '' },
          job: { title: 'Lone \uD800 surrogate\u0000', employment_type: '-full', work_mode: '@remote', salary_min: 80000.5, salary_max: 1e21 },
          application: { status: 'applied', source: '+LinkedIn', applied_date: null },
          notes: 'Line one\r\nline "two", \t\u2028 end',
        });
        const sparse = aMinimalApplication(ALICE, { job: { title: 'Dev', salary_min: -5, salary_max: null, work_mode: '' } });
        const [first, second] = await createInOrder(applications, [odd, sparse]);
        const views = await collect(applications.streamViews(ALICE, {}, APPLICATIONS_CSV_FIELDS));
        const documents = [await applications.findById(ALICE, second!.id), await applications.findById(ALICE, first!.id)];
        expect(views.map(applicationCsvLine)).toStrictEqual(documents.map((document) => applicationCsvLine(document!)));
        expect(views[1]).toStrictEqual({
          company: { name: odd.company.name, location: odd.company.location, industry: '' },
          job: { title: odd.job.title, employment_type: '-full', work_mode: '@remote', salary_min: 80000.5, salary_max: 1e21 },
          application: { status: 'applied', source: '+LinkedIn' },
          notes: odd.notes,
        });
      });
    });

    describe('insight keys', () => {
      it('round-trip through create, findById and update, nulls included', async () => {
        const { applications } = store();
        const application = followedUp();
        await applications.create(application);
        expect(await applications.findById(ALICE, application.id)).toStrictEqual(application);
        const cleared = await applications.update(ALICE, application.id, (current) => ({ ...current, next_action: null, deadline: null }));
        expect(cleared).toMatchObject({ next_action: null, deadline: null });
        expect(await applications.findById(ALICE, application.id)).toStrictEqual({ ...application, next_action: null, deadline: null });
      });
    });
  });
}
