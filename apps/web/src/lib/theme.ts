/** Light/dark theme: follows the system unless the person picks one. Only this preference is
 * kept in localStorage, never anything about the session. */
import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'jt-theme';
/** Whoever shows the choice (the account menu) hears of a change made elsewhere (the palette). */
const listeners = new Set<() => void>();
let chosen: ThemeChoice | undefined;

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private mode may refuse storage; the theme still applies for this visit.
  }
  chosen = choice;
  for (const listener of listeners) listener();
}

/** The current choice, kept in step with applyTheme. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => chosen ?? storedTheme(),
  );
}

export function effectiveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
