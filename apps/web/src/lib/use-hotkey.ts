/** Global keyboard shortcuts; single keys are ignored while someone types in a field. */
import { useEffect, useRef } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `key` is a single key (`n`), or `mod+k` for Ctrl+K / Cmd+K. */
export function useHotkey(key: string, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const withMod = key.startsWith('mod+');
    const base = withMod ? key.slice(4) : key;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== base) return;
      const mod = event.ctrlKey || event.metaKey;
      if (withMod !== mod || event.altKey) return;
      if (!withMod && (isTypingTarget(event.target) || document.querySelector('dialog[open]'))) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
