/** Charts draw on canvas, which cannot use CSS variables: read the design tokens when drawing,
 * and redraw when the theme changes (the toggle sets `data-theme`; "system" follows the OS). */
import { useSyncExternalStore } from 'react';

export type ChartTheme = { text: string; muted: string; grid: string; accent: string; surface: string; font: string; color: (token: string) => string };

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const family = style.fontFamily || 'system-ui, sans-serif';
  return {
    text: token('--text', '#1c2430'),
    muted: token('--text-muted', '#526070'),
    grid: token('--border', '#d5dbe3'),
    accent: token('--chart-accent', token('--accent', '#2257d6')),
    surface: token('--surface', '#ffffff'),
    font: `12px ${family}`,
    color: (name: string) => token(name, token('--chart-accent', '#2257d6')),
  };
}

let version = 0;

function subscribe(notify: () => void): () => void {
  const bump = () => {
    version += 1;
    notify();
  };
  const observer = new MutationObserver(bump);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', bump);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', bump);
  };
}

/** A number that changes whenever the colours may have: a dependency for redrawing. */
export function useThemeVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
