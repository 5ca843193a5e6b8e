import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { signalsOf, furthestStageOf, isSent } from './application-signals.js';
import { parseStatusChange } from './status-history.js';
import { aClosing, anEvent, aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z').getTime();
const signals = (options: Parameters<typeof aSentApplication>[0]) => signalsOf(aSentApplication(options), NOW);

describe('parseStatusChange', () => {
  it('reads both statuses, splitting at the last " to "', () => {
    expect(parseStatusChange('Status changed from applied to interview')).toEqual({ from: 'applied', to: 'interview' });
    expect(parseStatusChange('Status changed from went to lunch to rejected')).toEqual({ from: 'went to lunch', to: 'rejected' });
    expect(parseStatusChange('Status changed from unknown to screening')).toEqual({ from: 'unknown', to: 'screening' });
    expect(parseStatusChange('Phone screen booked')).toBeNull();
    expect(parseStatusChange(undefined)).toBeNull();
  });
});

describe('signalsOf', () => {
  it('takes the furthest stage from the history, not the current status', () => {
    const rejectedAfterInterview = signals({
      sent: '2025-05-01T09:00:00Z',
      status: 'rejected',
      timeline: [statusChange('applied', 'interview', '2025-05-08T10:00:00Z'), statusChange('interview', 'rejected', '2025-05-20T10:00:00Z')],
    });
    expect(furthestStageOf(rejectedAfterInterview)).toBe('interview');
    expect(rejectedAfterInterview).toMatchObject({ responded: true, outcome: 'rejected', firstResponseMs: at('2025-05-08T10:00:00Z').getTime() });
  });

  it('reads employer events as answers and stages; the user\'s own events are neither', () => {
    const screened = signals({ sent: '2025-05-01T09:00:00Z', timeline: [anEvent('applied', '2025-05-01T09:00:00Z'), anEvent('phone_screen', '2025-05-04T09:00:00Z')] });
    expect(furthestStageOf(screened)).toBe('screening');
    expect(screened.firstResponseMs).toBe(at('2025-05-04T09:00:00Z').getTime());
    const ownNotes = signals({ sent: '2025-05-01T09:00:00Z', timeline: [anEvent('applied', '2025-05-01T09:00:00Z'), anEvent('follow_up_sent', '2025-05-10T09:00:00Z')] });
    expect(ownNotes).toMatchObject({ responded: false, firstResponseMs: null, furthestRank: 0, outcome: 'open' });
    const withdrawn = signals({ sent: '2025-05-01T09:00:00Z', status: 'withdrawn', timeline: [statusChange('applied', 'withdrawn', '2025-05-03T09:00:00Z')] });
    expect(withdrawn).toMatchObject({ responded: false, outcome: 'withdrawn', withdrawnMs: at('2025-05-03T09:00:00Z').getTime() });
  });

  it('knows an answer without its time when only the status shows it', () => {
    expect(signals({ sent: '2025-05-01T09:00:00Z', status: 'interview' })).toMatchObject({ responded: true, firstResponseMs: null, furthestRank: 2 });
    // A scheduled interview is an answer, but its date is not when the answer came.
    const scheduled = signals({ sent: '2025-05-01T09:00:00Z', timeline: [anEvent('technical_interview', '2025-06-05T09:00:00Z')] });
    expect(scheduled).toMatchObject({ responded: true, firstResponseMs: null });
  });

  it('reads the same view again for another "now" (the timeline walk is kept per view)', () => {
    const view = aSentApplication({ sent: '2025-05-01T09:00:00Z', timeline: [anEvent('phone_screen', '2025-05-04T09:00:00Z'), anEvent('technical_interview', '2025-05-10T09:00:00Z')] });
    expect(signalsOf(view, at('2025-05-03T09:00:00Z').getTime())).toMatchObject({ responded: true, firstResponseMs: null, furthestRank: 2 });
    expect(signalsOf(view, NOW)).toMatchObject({ responded: true, firstResponseMs: at('2025-05-04T09:00:00Z').getTime(), furthestRank: 2 });
    expect(signalsOf(view, at('2025-05-04T09:00:00Z').getTime()).firstResponseMs).toBe(at('2025-05-04T09:00:00Z').getTime());
    // An answer logged before the sending date counts from the sending.
    const early = aSentApplication({ sent: '2025-05-05T09:00:00Z', timeline: [anEvent('phone_screen', '2025-05-04T09:00:00Z')] });
    expect(signalsOf(early, NOW).firstResponseMs).toBe(at('2025-05-05T09:00:00Z').getTime());
    expect(signalsOf(early, at('2025-05-04T10:00:00Z').getTime()).firstResponseMs).toBe(at('2025-05-05T09:00:00Z').getTime());
  });

  it('keeps a closing in force until a later event reopens it, and lets ending statuses win', () => {
    const closed = signals({ sent: '2025-04-01T09:00:00Z', timeline: [aClosing('2025-05-01T09:00:00Z')] });
    expect(closed).toMatchObject({ outcome: 'no_response', closedMs: at('2025-05-01T09:00:00Z').getTime(), responded: false });
    const reopened = signals({
      sent: '2025-04-01T09:00:00Z',
      status: 'screening',
      timeline: [aClosing('2025-05-01T09:00:00Z'), statusChange('applied', 'screening', '2025-05-02T09:00:00Z')],
    });
    expect(reopened).toMatchObject({ outcome: 'open', closedMs: null, responded: true });
    const rejectedLater = signals({ sent: '2025-04-01T09:00:00Z', status: 'rejected', timeline: [aClosing('2025-05-01T09:00:00Z')] });
    expect(rejectedLater.outcome).toBe('rejected');
  });

  it('counts an application as sent only once its date has come', () => {
    expect(isSent(signals({ sent: '2025-06-01T12:00:00Z' }), NOW)).toBe(true);
    expect(isSent(signals({ sent: '2025-06-02T12:00:00Z' }), NOW)).toBe(false);
    expect(isSent(signalsOf({ company: { name: 'Acme' } }, NOW), NOW)).toBe(false);
  });
});
