/** The frame around every signed-in page: skip link, header with the main navigation (the views
 * used every day), main landmark. Feature-specific controls (search, quick add, the account menu)
 * and navigation badges (what is due) come in through props. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

const NAV = [
  { to: '/board', label: 'Board' },
  { to: '/due', label: 'Due' },
  { to: '/applications', label: 'Applications' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/companies', label: 'Companies' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/insights', label: 'Insights' },
] as const;

export type NavPath = (typeof NAV)[number]['to'];

type Props = {
  search?: ReactNode;
  actions?: ReactNode;
  /** Shown inside a navigation link (a count), part of its accessible name. */
  badges?: Partial<Record<NavPath, ReactNode>>;
  children: ReactNode;
};

export function AppShell({ search, actions, badges, children }: Props) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <Link to="/board" className="brand">
          Job Tracker
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} activeProps={{ 'aria-current': 'page' }}>
              {item.label}
              {badges?.[item.to]}
            </Link>
          ))}
        </nav>
        {search}
        <div className="header-actions">{actions}</div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
