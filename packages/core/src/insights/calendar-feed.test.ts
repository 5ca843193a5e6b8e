import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { calendarFeed } from './calendar-feed.js';
import { anEvent, aSentApplication } from './test-support/insight-builders.js';

const NOW = at('2025-03-10T12:00:00Z');

describe('calendarFeed', () => {
  it('writes an RFC 5545 calendar of follow-ups, deadlines and upcoming interviews', () => {
    const application = aSentApplication({
      id: '65cf00000000000000000001',
      sent: '2025-03-01T09:00:00Z',
      company: 'Globex, Inc.',
      title: 'Data Engineer',
      next_action: { date: '2025-03-12', text: 'Email Jane; ask about team' },
      deadline: '2025-03-20',
      timeline: [anEvent('phone_screen', '2025-03-05T09:00:00Z'), anEvent('onsite_interview', '2025-03-14T13:30:00Z', 'Onsite')],
    });
    const text = calendarFeed([application], NOW);
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Job Tracker//Follow-ups//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Job Tracker',
        'BEGIN:VEVENT',
        'UID:follow-up-65cf00000000000000000001@jobtracker',
        'DTSTAMP:20250310T120000Z',
        'DTSTART;VALUE=DATE:20250312',
        'DTEND;VALUE=DATE:20250313',
        // 75 octets, then the rest on a continuation line.
        'SUMMARY:Follow up: Email Jane\\; ask about team (Data Engineer at Globex\\, I',
        ' nc.)',
        'CATEGORIES:FOLLOW-UP',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:interview-65cf00000000000000000001-1@jobtracker',
        'DTSTAMP:20250310T120000Z',
        'DTSTART:20250314T133000Z',
        'DURATION:PT1H',
        'SUMMARY:Onsite (Data Engineer at Globex\\, Inc.)',
        'CATEGORIES:INTERVIEW',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    // The deadline no longer counts: the phone screen was an answer.
    expect(text).not.toContain('deadline-');
  });

  it('lists a deadline of an application still waiting, all day', () => {
    const application = aSentApplication({ id: '65cf00000000000000000002', sent: '2025-03-01T09:00:00Z', deadline: '2025-03-31' });
    const text = calendarFeed([application], NOW);
    expect(text).toContain('\r\nUID:deadline-65cf00000000000000000002@jobtracker\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\n');
    expect(text).toContain('\r\nSUMMARY:Apply by today: Engineer at Acme\r\n');
  });

  it('is an empty calendar without applications', () => {
    const text = calendarFeed([], NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toContain('VEVENT');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
