/** Labelled form controls: every field has a label, its hint and error are tied to it with
 * aria-describedby, and an error marks it aria-invalid. */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type FrameProps = { label: string; error?: string | undefined; hint?: ReactNode; className?: string };

function useDescribedBy(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, errorId, hintId, describedBy };
}

function Frame({ id, label, error, hint, errorId, hintId, className, children }: FrameProps & { id: string; errorId: string; hintId: string; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span id={hintId} className="field-hint">{hint}</span>}
      {error && <span id={errorId} className="field-error">{error}</span>}
    </div>
  );
}

export function TextField({ label, error, hint, className, ref, ...input }: FrameProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const ids = useDescribedBy(error, hint);
  return (
    <Frame {...ids} label={label} error={error} hint={hint} className={className}>
      <input ref={ref} id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function TextAreaField({ label, error, hint, className, ref, ...input }: FrameProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const ids = useDescribedBy(error, hint);
  return (
    <Frame {...ids} label={label} error={error} hint={hint} className={className}>
      <textarea ref={ref} id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function SelectField({ label, error, hint, className, ref, children, ...input }: FrameProps & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const ids = useDescribedBy(error, hint);
  return (
    <Frame {...ids} label={label} error={error} hint={hint} className={className}>
      <select ref={ref} id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input}>
        {children}
      </select>
    </Frame>
  );
}

export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="alert alert-error" role="alert">
      {message}
    </p>
  );
}
