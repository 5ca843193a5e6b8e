/** Labelled facts about one record (an application, a company, a contact) as a description list
 * that wraps into columns: a fact with no value is left out, or shows a dash where the list is
 * meant to show every label. */
import type { ReactNode } from 'react';

export function FactList({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return <dl className={narrow ? 'facts facts-narrow' : 'facts'}>{children}</dl>;
}

const isEmpty = (value: ReactNode) => value === undefined || value === null || value === '' || value === false;

export function Fact({ label, children, always = false }: { label: string; children: ReactNode; always?: boolean }) {
  if (isEmpty(children) && !always) return null;
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{isEmpty(children) ? <span className="muted">—</span> : children}</dd>
    </div>
  );
}
