/** The account menu in the header: the pages about you and your data (profile, import, proof of
 * search, backup and restore), the theme, the command palette and signing out. The views used
 * every day stay in the main navigation, one click away. */
import { Link } from '@tanstack/react-router';
import { MenuButton, MenuSeparator } from '../components/menu-button.js';
import { useMe, useSignOut } from '../features/auth/index.js';
import { applyTheme, useThemeChoice, type ThemeChoice } from '../lib/theme.js';

const THEMES: Array<{ choice: ThemeChoice; label: string }> = [
  { choice: 'system', label: 'System theme' },
  { choice: 'light', label: 'Light theme' },
  { choice: 'dark', label: 'Dark theme' },
];

const PAGES = [
  { to: '/profile', label: 'Profile' },
  { to: '/import', label: 'Import applications' },
  { to: '/proof-of-search', label: 'Proof of job search' },
] as const;

export function AccountMenu({ onCommands }: { onCommands: () => void }) {
  const me = useMe();
  const signOut = useSignOut();
  const theme = useThemeChoice();
  const header = me && (
    <p className="menu-header">
      <span className="menu-header-name">
        {me.first_name} {me.last_name}
      </span>
      <span className="small muted">{me.email}</span>
    </p>
  );
  return (
    <MenuButton label={<>Account <span aria-hidden="true">▾</span></>} header={header}>
      {PAGES.map((page) => (
        <li role="none" key={page.to}>
          <Link role="menuitem" tabIndex={-1} to={page.to} activeOptions={{ includeHash: false }} activeProps={{ 'aria-current': 'page' }}>
            {page.label}
          </Link>
        </li>
      ))}
      <li role="none">
        <Link role="menuitem" tabIndex={-1} to="/profile" hash="account-data">
          Backup and restore
        </Link>
      </li>
      <MenuSeparator />
      <li role="none">
        <ul role="group" aria-label="Theme" className="menu-group">
          {THEMES.map((item) => (
            <li role="none" key={item.choice}>
              <button
                type="button"
                role="menuitemradio"
                tabIndex={-1}
                aria-checked={theme === item.choice}
                onClick={() => applyTheme(item.choice)}
              >
                <span className="menu-check" aria-hidden="true">{theme === item.choice ? '●' : ''}</span>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </li>
      <MenuSeparator />
      <li role="none">
        <button type="button" role="menuitem" tabIndex={-1} onClick={onCommands} aria-keyshortcuts="Control+K Meta+K">
          Commands <kbd>Ctrl K</kbd>
        </button>
      </li>
      <li role="none">
        <button type="button" role="menuitem" tabIndex={-1} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </button>
      </li>
    </MenuButton>
  );
}
