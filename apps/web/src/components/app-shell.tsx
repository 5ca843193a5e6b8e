/** The frame around every signed-in page: skip link, header with navigation, main landmark.
 * Feature-specific controls (search, quick add, sign out) come in through props. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ThemeToggle } from './theme-toggle.js';

const NAV = [
  { to: '/board', label: 'Board' },
  { to: '/applications', label: 'Applications' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/companies', label: 'Companies' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/profile', label: 'Profile' },
] as const;

export function AppShell({ search, actions, children }: { search?: ReactNode; actions?: ReactNode; children: ReactNode }) {
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
            </Link>
          ))}
        </nav>
        {search}
        <div className="header-actions">
          {actions}
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
