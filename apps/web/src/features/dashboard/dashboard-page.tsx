/** The Dashboard: headline numbers, then the analytics as charts (each with a table view). Until
 * there is something to show, the first panel says how to start. */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { OverTimePanel, StatusPanel, SuccessRatePanel } from './activity-panels.js';
import type { Period } from './dashboard-search.js';
import { ResponseTimePanel, SalaryPanel, SkillsPanel, StagesPanel } from './insight-panels.js';
import { SummaryCards } from './summary-cards.js';
import { TopLists } from './top-lists.js';
import './dashboard.css';

export function DashboardPage() {
  const search = useSearch({ from: '/app/dashboard' });
  const navigate = useNavigate({ from: '/dashboard' });
  const period: Period = search.period ?? 'month';
  const setPeriod = (next: Period) => void navigate({ search: next === 'month' ? {} : { period: next }, replace: true });

  return (
    <div className="page dashboard">
      <div className="page-header">
        <h1>Dashboard</h1>
      </div>
      <SummaryCards />
      <div className="panel-grid">
        <OverTimePanel period={period} onPeriod={setPeriod} />
        <StatusPanel />
        <SuccessRatePanel />
        <SkillsPanel />
        <StagesPanel />
        <SalaryPanel />
        <ResponseTimePanel />
        <TopLists />
      </div>
    </div>
  );
}
