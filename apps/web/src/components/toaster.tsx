/** Renders transient messages in live regions: errors assertively, the rest politely (no role, so
 * the empty regions never count as alerts on the page). */
import { dismissToast, useToasts } from '../lib/toasts.js';

export function Toaster() {
  const toasts = useToasts();
  const list = (tone: 'info' | 'error') =>
    toasts
      .filter((toast) => toast.tone === tone)
      .map((toast) => (
        <div key={toast.id} className={`toast ${tone === 'error' ? 'toast-error' : ''}`}>
          <p className="spacer">{toast.text}</p>
          <button type="button" className="button-ghost button-small" onClick={() => dismissToast(toast.id)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      ));
  return (
    <div className="toaster">
      <div aria-live="polite" className="stack">{list('info')}</div>
      <div aria-live="assertive" className="stack">{list('error')}</div>
    </div>
  );
}
