import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryApplicationRepository, sequentialIds } from '../testing/index.js';
import { createApplication, updateApplication } from './manage-applications.js';

const NOW = new Date('2025-05-24T20:15:31.000Z');
const LATER = new Date('2025-05-25T08:00:00.000Z');

let applications: InMemoryApplicationRepository;
const deps = () => ({ applications, ids: sequentialIds() });

beforeEach(() => {
  applications = new InMemoryApplicationRepository();
});

const base = { company: { name: 'Acme' }, job: { title: 'Engineer' } };

describe('next action and deadline on create and PUT', () => {
  it('are stored on create only when sent, so other documents keep their shape', async () => {
    const plain = await createApplication(deps(), { userId: 1, fields: base, now: NOW });
    expect(plain).not.toHaveProperty('next_action');
    expect(plain).not.toHaveProperty('deadline');
    const planned = await createApplication(deps(), {
      userId: 1,
      fields: { ...base, next_action: { date: '2025-05-30', text: 'Call back' }, deadline: '2025-06-01' },
      now: NOW,
    });
    expect(await applications.findById(1, planned.id)).toMatchObject({ next_action: { date: '2025-05-30', text: 'Call back' }, deadline: '2025-06-01' });
  });

  it('are replaced by PUT when sent, cleared by null, and kept when left out', async () => {
    const created = await createApplication(deps(), {
      userId: 1,
      fields: { ...base, next_action: { date: '2025-05-30', text: 'Call back' }, deadline: '2025-06-01' },
      now: NOW,
    });
    const untouched = await updateApplication(deps(), { userId: 1, id: created.id, changes: { notes: 'x' }, now: LATER });
    expect(untouched).toMatchObject({ next_action: { date: '2025-05-30', text: 'Call back' }, deadline: '2025-06-01' });
    const changed = await updateApplication(deps(), {
      userId: 1,
      id: created.id,
      changes: { next_action: { date: '2025-06-02', text: 'Send references' }, deadline: null },
      now: LATER,
    });
    expect(changed).toMatchObject({ next_action: { date: '2025-06-02', text: 'Send references' }, deadline: null, updated_at: LATER });
    const cleared = await updateApplication(deps(), { userId: 1, id: created.id, changes: { next_action: null }, now: LATER });
    expect(cleared.next_action).toBeNull();
  });
});
