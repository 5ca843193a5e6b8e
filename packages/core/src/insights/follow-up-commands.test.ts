import { beforeEach, describe, expect, it } from 'vitest';
import { responseTime } from '../analytics/response-time.js';
import { timelineAnalysis } from '../analytics/timeline-analysis.js';
import { dashboard } from '../analytics/dashboard.js';
import { DomainError } from '../shared/domain-error.js';
import { InMemoryApplicationRepository } from '../testing/index.js';
import { signalsOf } from './application-signals.js';
import { closeAsNoResponse, setFollowUp } from './follow-up-commands.js';
import { aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const LATER = new Date('2025-06-02T12:00:00.000Z');

let applications: InMemoryApplicationRepository;
beforeEach(() => {
  applications = new InMemoryApplicationRepository();
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DomainError ? { code: error.code, details: error.details } : error),
  );

describe('closeAsNoResponse', () => {
  it('appends one marked timeline event and leaves the status alone', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    const closed = await closeAsNoResponse({ applications }, { userId: 1, id: stored.id, notes: 'Gave up', now: NOW });
    expect(closed.application?.status).toBe('applied');
    expect(closed.timeline).toEqual([
      { date: NOW, event_type: 'no_response', title: 'Closed as no response', notes: 'Gave up', closed_as: 'no_response' },
    ]);
    expect(closed.updated_at).toEqual(NOW);
    expect(signalsOf(closed, NOW.getTime()).outcome).toBe('no_response');
    // Closing again changes nothing.
    const again = await closeAsNoResponse({ applications }, { userId: 1, id: stored.id, now: LATER });
    expect(again).toEqual(closed);
  });

  it('keeps the original analytics as they were: no reply, no status change', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    const before = [await applications.findById(1, stored.id)];
    await closeAsNoResponse({ applications }, { userId: 1, id: stored.id, now: NOW });
    const after = [await applications.findById(1, stored.id)];
    expect(responseTime(after as never)).toEqual(responseTime(before as never));
    expect(dashboard(after as never, NOW)).toEqual(dashboard(before as never, NOW));
    // The event itself is on the timeline, under its own type.
    expect(timelineAnalysis(after as never)).toEqual([{ event_type: 'no_response', count: 1 }]);
  });

  it('closes again after a reopening', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    await closeAsNoResponse({ applications }, { userId: 1, id: stored.id, now: NOW });
    await applications.update(1, stored.id, (current) => ({ ...current, timeline: [...(current.timeline ?? []), statusChange('applied', 'applied', '2025-06-01T13:00:00Z')] }));
    const closed = await closeAsNoResponse({ applications }, { userId: 1, id: stored.id, now: LATER });
    expect(closed.timeline).toHaveLength(3);
    expect(signalsOf(closed, LATER.getTime()).closedMs).toBe(LATER.getTime());
  });

  it('answers 400 for a bad id and 404 for another user\'s application', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    expect(await errorOf(closeAsNoResponse({ applications }, { userId: 1, id: 'nope', now: NOW }))).toMatchObject({ code: 'APPLICATION.INVALID_ID' });
    expect(await errorOf(closeAsNoResponse({ applications }, { userId: 2, id: stored.id, now: NOW }))).toMatchObject({ code: 'APPLICATION.NOT_FOUND' });
  });
});

describe('setFollowUp', () => {
  it('sets, keeps and clears the next action and the deadline', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    const set = await setFollowUp({ applications }, { userId: 1, id: stored.id, next_action: { date: '2025-06-03', text: 'Call' }, deadline: '2025-06-10', now: NOW });
    expect(set).toMatchObject({ next_action: { date: '2025-06-03', text: 'Call' }, deadline: '2025-06-10', updated_at: NOW });
    const kept = await setFollowUp({ applications }, { userId: 1, id: stored.id, deadline: null, now: LATER });
    expect(kept).toMatchObject({ next_action: { date: '2025-06-03', text: 'Call' }, deadline: null });
  });

  it('refuses a date that is not a real day', async () => {
    const stored = aSentApplication({ sent: '2025-04-01T12:00:00Z' });
    await applications.create(stored);
    const error = await errorOf(setFollowUp({ applications }, { userId: 1, id: stored.id, next_action: { date: '2025-02-30', text: 'x' }, now: NOW }));
    expect(error).toEqual({
      code: 'VALIDATION.FAILED',
      details: { fieldErrors: { next_action: { date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] } } },
    });
    expect(await errorOf(setFollowUp({ applications }, { userId: 1, id: stored.id, deadline: 'tomorrow', now: NOW }))).toMatchObject({
      details: { fieldErrors: { deadline: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] } },
    });
  });
});
