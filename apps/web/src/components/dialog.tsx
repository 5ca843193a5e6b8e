/** A modal on the native <dialog>: focus is trapped and Escape closes it, by the browser. Its
 * header, when it has one, is the heading that names it and a close button. */
import { useEffect, useRef, type ReactNode } from 'react';

export function Dialog({ open, onClose, title, children, labelledBy }: { open: boolean; onClose: () => void; title: string; children: ReactNode; labelledBy?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-label={labelledBy ? undefined : title} aria-labelledby={labelledBy}>
      {open && children}
    </dialog>
  );
}

export function DialogHeader({ title, headingId, onClose }: { title: string; headingId: string; onClose: () => void }) {
  return (
    <div className="dialog-header">
      <h2 id={headingId}>{title}</h2>
      <span className="spacer" />
      <button type="button" className="button-ghost icon-button" aria-label="Close" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
