/** Cycles the theme: system -> light -> dark. The button says what it will do next. */
import { useState } from 'react';
import { applyTheme, storedTheme, type ThemeChoice } from '../lib/theme.js';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const cycle = () => {
    const next = NEXT[choice];
    applyTheme(next);
    setChoice(next);
  };
  return (
    <button type="button" className="icon-button" onClick={cycle} aria-label={`${LABEL[choice]} (change theme)`} title={LABEL[choice]}>
      <span aria-hidden="true">{ICON[choice]}</span>
    </button>
  );
}
