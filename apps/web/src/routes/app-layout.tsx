/** The signed-in layout: the shell, composed with the features' header controls, the account
 * menu, the quick add dialog (`n`) and the command palette (Ctrl/Cmd+K). */
import { Outlet, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { AppShell } from '../components/app-shell.js';
import { HeaderSearch, QuickAddDialog } from '../features/applications/index.js';
import { useSignOut } from '../features/auth/index.js';
import { DueBadge } from '../features/due/index.js';
import { CommandPalette, type PaletteCommand } from '../features/palette/command-palette.js';
import { applyTheme, effectiveTheme, storedTheme } from '../lib/theme.js';
import { useHotkey } from '../lib/use-hotkey.js';
import { AccountMenu } from './account-menu.js';

export function AppLayout() {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [quickAdd, setQuickAdd] = useState(false);
  const [palette, setPalette] = useState(false);
  useHotkey('n', () => setQuickAdd(true));
  useHotkey('mod+k', () => setPalette((open) => !open));
  const commands = useMemo<PaletteCommand[]>(
    () => [
      { id: 'board', label: 'Go to Board', run: () => void navigate({ to: '/board' }) },
      { id: 'due', label: 'Go to Due', run: () => void navigate({ to: '/due' }) },
      { id: 'applications', label: 'Go to Applications', run: () => void navigate({ to: '/applications' }) },
      { id: 'companies', label: 'Go to Companies', run: () => void navigate({ to: '/companies' }) },
      { id: 'contacts', label: 'Go to Contacts', run: () => void navigate({ to: '/contacts' }) },
      { id: 'dashboard', label: 'Go to Dashboard', run: () => void navigate({ to: '/dashboard' }) },
      { id: 'insights', label: 'Go to Insights', run: () => void navigate({ to: '/insights' }) },
      { id: 'import', label: 'Import applications from a CSV file', run: () => void navigate({ to: '/import' }) },
      { id: 'proof-of-search', label: 'Proof of job search (PDF or CSV)', run: () => void navigate({ to: '/proof-of-search' }) },
      { id: 'backup', label: 'Back up, restore or delete your account', run: () => void navigate({ to: '/profile', hash: 'account-data' }) },
      { id: 'profile', label: 'Go to Profile', run: () => void navigate({ to: '/profile' }) },
      { id: 'quick-add', label: 'Quick add an application', hint: 'n', run: () => setQuickAdd(true) },
      { id: 'new', label: 'New application (full form)', run: () => void navigate({ to: '/applications/new' }) },
      { id: 'favorites', label: 'Show favorite applications', run: () => void navigate({ to: '/applications', search: { favorites: true } }) },
      { id: 'theme', label: 'Switch between light and dark', run: () => applyTheme(effectiveTheme(storedTheme()) === 'dark' ? 'light' : 'dark') },
      { id: 'sign-out', label: 'Sign out', run: () => signOut.mutate() },
    ],
    [navigate, signOut],
  );
  return (
    <AppShell
      search={<HeaderSearch />}
      badges={{ '/due': <DueBadge /> }}
      actions={
        <>
          <button type="button" className="button-small hide-medium" onClick={() => setPalette(true)} aria-keyshortcuts="Control+K Meta+K">
            Commands <kbd>Ctrl K</kbd>
          </button>
          <button type="button" className="button-small button-primary" onClick={() => setQuickAdd(true)} aria-keyshortcuts="n">
            Quick add
          </button>
          <AccountMenu onCommands={() => setPalette(true)} />
        </>
      }
    >
      <Outlet />
      <QuickAddDialog open={quickAdd} onClose={() => setQuickAdd(false)} />
      <CommandPalette
        open={palette}
        onClose={() => setPalette(false)}
        commands={commands}
        openApplication={(id) => void navigate({ to: '/applications/$applicationId', params: { applicationId: id } })}
      />
    </AppShell>
  );
}
