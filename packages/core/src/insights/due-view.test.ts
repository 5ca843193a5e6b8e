import { describe, expect, it } from 'vitest';
import { parseTimeZone } from '../shared/time-zone.js';
import { at } from '../testing/basic-builders.js';
import { dueView } from './due-view.js';
import { aClosing, anEvent, aSentApplication, statusChange } from './test-support/insight-builders.js';

// Monday 2025-03-10, 23:30 UTC: already Tuesday the 11th in Berlin (UTC+1 in March).
const NOW = at('2025-03-10T23:30:00Z');
const BERLIN = parseTimeZone('Europe/Berlin')!;
const UTC = parseTimeZone('UTC')!;
const summary = (items: Array<{ kind: string; company: string }>) => items.map((item) => `${item.kind}:${item.company}`);

describe('dueView', () => {
  const applications = [
    aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Overdue', next_action: { date: '2025-03-09', text: 'Chase recruiter' } }),
    aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Today', next_action: { date: '2025-03-11', text: 'Send portfolio' } }),
    aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Week', deadline: '2025-03-18' }),
    aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Later', next_action: { date: '2025-03-19', text: 'Too far' } }),
    aSentApplication({
      sent: '2025-03-01T09:00:00Z',
      company: 'Interview',
      status: 'interview',
      timeline: [anEvent('technical_interview', '2025-03-11T09:00:00Z', 'Tech interview'), anEvent('phone_screen', '2025-03-05T09:00:00Z')],
    }),
  ];

  it('sorts what is due into overdue, today and the seven days after, in the user\'s zone', () => {
    const view = dueView(applications, { now: NOW, timeZone: BERLIN });
    expect(view.today).toBe('2025-03-11');
    expect(view.time_zone).toBe('Europe/Berlin');
    expect(summary(view.overdue)).toEqual(['follow_up:Overdue']);
    expect(summary(view.due_today)).toEqual(['follow_up:Today', 'interview:Interview']);
    expect(summary(view.this_week)).toEqual(['deadline:Week']);
    expect(view.due_today[1]).toMatchObject({ text: 'Tech interview', at: at('2025-03-11T09:00:00Z'), date: '2025-03-11', event_type: 'technical_interview', event_index: 0 });
    expect(view.due_today[0]).toMatchObject({ text: 'Send portfolio', date: '2025-03-11', at: null, application_id: applications[1]!.id, job_title: 'Engineer' });
  });

  it('is a day earlier in UTC at the same instant', () => {
    const view = dueView(applications, { now: NOW, timeZone: UTC });
    expect(view.today).toBe('2025-03-10');
    expect(summary(view.overdue)).toEqual(['follow_up:Overdue']);
    expect(view.due_today).toEqual([]);
    // The 18th is 8 days after the 10th: outside the week; the 11th (tomorrow) is in it.
    expect(summary(view.this_week)).toEqual(['follow_up:Today', 'interview:Interview']);
  });

  it('drops past interviews, deadlines once answered or ended, and cleared follow-ups', () => {
    const view = dueView(
      [
        aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Past', timeline: [anEvent('onsite_interview', '2025-03-10T09:00:00Z')] }),
        aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Answered', deadline: '2025-03-12', timeline: [statusChange('applied', 'screening', '2025-03-05T09:00:00Z')] }),
        aSentApplication({ sent: '2025-01-01T09:00:00Z', company: 'Closed', deadline: '2025-03-12', timeline: [aClosing('2025-03-01T09:00:00Z')] }),
        aSentApplication({ sent: '2025-03-01T09:00:00Z', company: 'Cleared', next_action: null, deadline: null }),
      ],
      { now: NOW, timeZone: UTC },
    );
    expect(view).toMatchObject({ overdue: [], due_today: [], this_week: [] });
  });

  it('is empty without applications', () => {
    expect(dueView([], { now: NOW, timeZone: UTC })).toEqual({ today: '2025-03-10', time_zone: 'UTC', overdue: [], due_today: [], this_week: [] });
  });
});
