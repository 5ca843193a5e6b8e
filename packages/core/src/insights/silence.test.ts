import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { silence } from './silence.js';
import { aClosing, aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z');

describe('silence', () => {
  const longest = aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Initech', title: 'SRE' });
  const justSilent = aSentApplication({ sent: '2025-05-10T12:00:00Z', company: 'Globex' });
  const applications = [
    justSilent,
    longest,
    aSentApplication({ sent: '2025-05-20T12:00:00Z' }),
    aSentApplication({ sent: '2025-04-01T12:00:00Z', status: 'screening', timeline: [statusChange('applied', 'screening', '2025-04-26T12:00:00Z')] }),
    aSentApplication({ sent: '2025-03-01T12:00:00Z', timeline: [aClosing('2025-04-01T12:00:00Z')] }),
    aSentApplication({ sent: '2025-03-01T12:00:00Z', status: 'withdrawn' }),
  ];

  it('lists applications silent for N days or more, longest first, with the chance of a reply', () => {
    const result = silence(applications, { now: NOW, silenceDays: 21 });
    expect(result.silence_days).toBe(21);
    // The curve: 12+ (n=5), 22+ (n=4), a reply at 25 (n=3, S = 2/3), 31+, 92+ (the closed one).
    expect(result.applications).toEqual([
      {
        id: longest.id,
        company: 'Initech',
        job_title: 'SRE',
        sent_at: at('2025-05-01T12:00:00Z'),
        days_waiting: 31,
        // S(31) = S(92) = 2/3: nobody who waited this long ever replied.
        chance_of_reply: { probability: 0, horizon_days: 92, at_risk: 1, too_few: true },
      },
      {
        id: justSilent.id,
        company: 'Globex',
        job_title: 'Engineer',
        sent_at: at('2025-05-10T12:00:00Z'),
        days_waiting: 22,
        // (S(22) - S(92)) / S(22) = (1 - 2/3) / 1; three were followed past day 22.
        chance_of_reply: { probability: 0.3333, horizon_days: 92, at_risk: 3, too_few: true },
      },
    ]);
  });

  it('follows the threshold', () => {
    expect(silence(applications, { now: NOW, silenceDays: 30 }).applications.map((item) => item.days_waiting)).toEqual([31]);
    expect(silence(applications, { now: NOW, silenceDays: 12 }).applications.map((item) => item.days_waiting)).toEqual([31, 22, 12]);
  });

  it('is empty without applications', () => {
    expect(silence([], { now: NOW, silenceDays: 21 })).toEqual({ silence_days: 21, applications: [] });
  });
});
