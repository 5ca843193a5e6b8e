/** The contacts search box: typing updates the URL after a pause (replacing the entry, so Back
 * leaves the page instead of undoing keystrokes); the URL changing from outside shows here. */
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/field.js';

const DEBOUNCE_MS = 300;

export function ContactsFilter({ q, onChange }: { q: string; onChange: (q: string) => void }) {
  const [draft, setDraft] = useState(q);
  const committed = useRef(q);
  useEffect(() => {
    if (q !== committed.current) {
      committed.current = q;
      setDraft(q);
    }
  }, [q]);
  useEffect(() => {
    if (draft === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = draft;
      onChange(draft);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, onChange]);
  return (
    <form
      className="card contacts-filter"
      role="search"
      aria-label="Find contacts"
      onSubmit={(event) => {
        event.preventDefault();
        committed.current = draft;
        onChange(draft);
      }}
    >
      <TextField label="Search contacts" type="search" placeholder="Name, company, role or email" value={draft} onChange={(event) => setDraft(event.target.value)} />
    </form>
  );
}
