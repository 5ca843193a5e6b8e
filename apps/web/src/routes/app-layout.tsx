/** The signed-in layout: the shell, composed with the features' header controls. */
import { Outlet } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell.js';
import { HeaderSearch } from '../features/applications/header-search.js';
import { SignOutButton } from '../features/auth/index.js';

export function AppLayout() {
  return (
    <AppShell search={<HeaderSearch />} actions={<SignOutButton />}>
      <Outlet />
    </AppShell>
  );
}
