import { describe, expect, it } from 'vitest';
import { at, buildApplication } from '../testing/index.js';
import { timelineAnalysis } from './timeline-analysis.js';

describe('timelineAnalysis', () => {
  it('is empty without events', () => {
    expect(timelineAnalysis([])).toEqual([]);
    expect(timelineAnalysis([buildApplication({ timeline: [] }), buildApplication({ timeline: undefined })])).toEqual([]);
  });

  it('counts every event type, a missing type as null, count desc then type asc', () => {
    const d = at('2025-01-01T00:00:00Z');
    const apps = [
      buildApplication({
        timeline: [
          { date: d, event_type: 'applied', title: 'a' },
          { date: d, event_type: 'phone_screen', title: 'b' },
          { date: null, title: 'no type' },
        ],
      }),
      buildApplication({ timeline: [{ event_type: 'applied', title: 'a' }, { event_type: 'rejection', title: 'r' }] }),
      buildApplication({
        timeline: [
          { event_type: 'applied', title: 'a' },
          { event_type: null, title: 'null type' },
          { event_type: 'phone_screen', title: 'b' },
        ],
      }),
    ];
    expect(timelineAnalysis(apps)).toEqual([
      { event_type: 'applied', count: 3 },
      { event_type: null, count: 2 },
      { event_type: 'phone_screen', count: 2 },
      { event_type: 'rejection', count: 1 },
    ]);
  });
});
