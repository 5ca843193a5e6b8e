/** The Insights page: the funnel and what works, time to a reply, goals with the forecast, the
 * skills gap, and the settings behind them. Every chart has a table view and draws its
 * intervals; small samples say so. */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { FunnelPanel, ComparePanel } from './funnel-panels.js';
import { GoalsPanel } from './goals-panel.js';
import type { Group, InsightsSearch, Metric } from './insights-search.js';
import { ReplyTimesPanel } from './reply-times-panel.js';
import { SettingsPanel } from './settings-panel.js';
import { SkillsGapPanel } from './skills-gap-panel.js';
import './insights.css';

export function InsightsPage() {
  const search = useSearch({ from: '/app/insights' });
  const navigate = useNavigate({ from: '/insights' });
  const group: Group = search.group ?? 'source';
  const metric: Metric = search.metric ?? 'response';
  const go = (next: { group: Group; metric: Metric }) => {
    const params: InsightsSearch = {};
    if (next.group !== 'source') params.group = next.group;
    if (next.metric !== 'response') params.metric = next.metric;
    void navigate({ search: params, replace: true });
  };
  return (
    <div className="page insights">
      <div className="page-header">
        <h1>Insights</h1>
        <p className="muted small">Every rate comes with its 95% interval: with few applications, the truth may be far from the number.</p>
      </div>
      <div className="panel-grid">
        <FunnelPanel />
        <ComparePanel group={group} metric={metric} onGroup={(next) => go({ group: next, metric })} onMetric={(next) => go({ group, metric: next })} />
        <ReplyTimesPanel />
        <GoalsPanel />
        <SkillsGapPanel />
        <SettingsPanel />
      </div>
    </div>
  );
}
