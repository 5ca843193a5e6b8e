/** The Dashboard: headline numbers, then the analytics as charts (each with a table view), and a
 * first step to take while there is nothing to show yet. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { OverTimePanel, StatusPanel, SuccessRatePanel } from './activity-panels.js';
import { dashboardQuery } from './dashboard-queries.js';
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
  const total = useQuery(dashboardQuery).data?.total_applications;

  return (
    <div className="page dashboard">
      <div className="page-header">
        <h1>Dashboard</h1>
      </div>
      {total === 0 && <GetStarted />}
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

/** The applications feature owns the form: its route is linked by address (`href` wins over `to`). */
function GetStarted() {
  return (
    <section className="card get-started" aria-labelledby="get-started-title">
      <h2 id="get-started-title">Your dashboard fills in as you apply</h2>
      <p className="muted">
        Add the jobs you apply to, move them along as you hear back, and this page charts your pace, your pipeline and what
        companies ask for.
      </p>
      <div className="row">
        <Link to="." href="/applications/new" className="button button-primary">
          Add your first application
        </Link>
        <Link to="/board" className="button">
          Open the board
        </Link>
      </div>
    </section>
  );
}
