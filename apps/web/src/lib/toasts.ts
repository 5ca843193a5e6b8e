/** A small store of transient messages; the Toaster component renders them in live regions. */
import { useSyncExternalStore } from 'react';

export type Toast = { id: number; tone: 'info' | 'error'; text: string };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

export function showToast(text: string, tone: Toast['tone'] = 'info'): void {
  const toast = { id: nextId++, tone, text };
  toasts = [...toasts.slice(-3), toast];
  emit();
  // Errors stay longer: people need time to read why something was refused.
  setTimeout(() => dismissToast(toast.id), tone === 'error' ? 8000 : 4000);
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
