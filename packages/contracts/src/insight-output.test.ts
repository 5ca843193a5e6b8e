import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DueViewOutput, DuplicateCandidatesOutput } from './follow-ups.js';
import { toDueViewOutput, toDuplicatesOutput, toSilenceOutput } from './insight-output.js';
import { SilenceOutput } from './insights.js';

describe('insight outputs', () => {
  it('show instants as the contract\'s UTC datetimes and keep everything else', () => {
    const due = toDueViewOutput({
      today: '2025-03-11',
      time_zone: 'Europe/Berlin',
      overdue: [],
      due_today: [
        {
          kind: 'interview', application_id: 'a', company: 'Acme', job_title: 'Engineer', text: 'Onsite',
          date: '2025-03-11', at: new Date('2025-03-11T09:00:00.500Z'), event_type: 'onsite_interview', event_index: 2,
        },
      ],
      this_week: [
        { kind: 'follow_up', application_id: 'b', company: 'Globex', job_title: '', text: 'Call', date: '2025-03-12', at: null, event_type: null, event_index: null },
      ],
    });
    expect(due.due_today[0]!.at).toBe('2025-03-11 09:00:00');
    expect(due.this_week[0]!.at).toBeNull();
    expect(v.is(DueViewOutput, due)).toBe(true);

    const silence = toSilenceOutput({
      silence_days: 21,
      applications: [
        {
          id: 'a', company: 'Acme', job_title: 'SRE', sent_at: new Date('2025-05-01T12:00:00Z'), days_waiting: 31,
          chance_of_reply: { probability: null, horizon_days: 40, at_risk: 0, too_few: true },
        },
      ],
    });
    expect(silence.applications[0]!.sent_at).toBe('2025-05-01 12:00:00');
    expect(v.is(SilenceOutput, silence)).toBe(true);

    const duplicates = toDuplicatesOutput([{ id: 'a', company: 'Acme', job_title: 'SRE', status: null, sent_at: null, similarity: 1 }]);
    expect(duplicates).toEqual([{ id: 'a', company: 'Acme', job_title: 'SRE', status: null, sent_at: null, similarity: 1 }]);
    expect(v.is(DuplicateCandidatesOutput, duplicates)).toBe(true);
  });
});
