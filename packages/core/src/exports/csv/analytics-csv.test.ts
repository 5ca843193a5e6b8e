import { describe, expect, it } from 'vitest';
import { applicationsOverTime } from '../../analytics/applications-over-time.js';
import { dashboard } from '../../analytics/dashboard.js';
import { skillsDemand } from '../../analytics/skills-demand.js';
import { at, buildApplication } from '../../testing/index.js';
import { collectText } from '../test-support/collect-lines.js';
import { analyticsCsvLines } from './analytics-csv.js';

const now = at('2025-03-15T12:00:00Z');

describe('analytics CSV', () => {
  it('writes 0% rates and empty sections without applications', async () => {
    const text = await collectText(analyticsCsvLines({ dashboard: dashboard([], now), monthly: [], skills: [] }));
    expect(text).toBe(
      'DASHBOARD STATISTICS\r\nMetric,Value\r\nTotal Applications,0\r\nSuccess Rate,0%\r\nResponse Rate,0%\r\n' +
        'Applications Last 30 Days,0\r\n\r\nSTATUS BREAKDOWN\r\nStatus,Count\r\n\r\n' +
        'APPLICATIONS OVER TIME\r\nPeriod,Count\r\n\r\nTOP SKILLS DEMANDED\r\nSkill,Count\r\n',
    );
  });

  it('writes float reprs of the rates and every section in order', async () => {
    const apps = [
      buildApplication({ application: { status: 'offer' }, created_at: at('2025-03-01T00:00:00Z'), requirements: { skills_required: ['Go', 'C++'] } }),
      buildApplication({ application: { status: 'rejected' }, created_at: at('2025-01-10T00:00:00Z'), requirements: { skills_required: ['Go'] } }),
      buildApplication({ application: { status: 'applied' }, created_at: at('2025-03-02T00:00:00Z') }),
      buildApplication({ application: { status: '=cmd' }, created_at: at('2025-03-03T00:00:00Z') }),
      buildApplication({ application: { status: 'offer' }, created_at: at('2025-03-04T00:00:00Z'), requirements: { skills_required: ['-x'] } }),
    ];
    const text = await collectText(
      analyticsCsvLines({ dashboard: dashboard(apps, now), monthly: applicationsOverTime(apps, 'month'), skills: skillsDemand(apps) }),
    );
    expect(text).toBe(
      'DASHBOARD STATISTICS\r\nMetric,Value\r\nTotal Applications,5\r\nSuccess Rate,40.0%\r\nResponse Rate,80.0%\r\n' +
        'Applications Last 30 Days,4\r\n\r\n' +
        "STATUS BREAKDOWN\r\nStatus,Count\r\noffer,2\r\n'=cmd,1\r\napplied,1\r\nrejected,1\r\n\r\n" +
        'APPLICATIONS OVER TIME\r\nPeriod,Count\r\n2025-01,1\r\n2025-03,4\r\n\r\n' +
        "TOP SKILLS DEMANDED\r\nSkill,Count\r\nGo,2\r\n'-x,1\r\nC++,1\r\n",
    );
  });

  it.each([
    [33.33, '33.33%'],
    [100, '100.0%'],
    [0, '0.0%'], // zero with applications is a float
  ])('rate %d with applications is written %s', async (rate, cell) => {
    const base = dashboard([buildApplication()], now);
    const text = await collectText(analyticsCsvLines({ dashboard: { ...base, success_rate: rate }, monthly: [], skills: [] }));
    expect(text).toContain(`Success Rate,${cell}\r\n`);
  });
});
