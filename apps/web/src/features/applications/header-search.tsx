/** The search box in the header: `/` focuses it from anywhere; Enter opens the applications
 * table filtered by the words. */
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useHotkey } from '../../lib/use-hotkey.js';

export const HEADER_SEARCH_ID = 'header-search';

export function HeaderSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useHotkey('/', () => input.current?.focus());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    void navigate({ to: '/applications', search: q ? { q } : {} });
  };
  return (
    <form role="search" onSubmit={submit} className="header-search">
      <label htmlFor={HEADER_SEARCH_ID} className="visually-hidden">
        Search applications
      </label>
      <input
        ref={input}
        id={HEADER_SEARCH_ID}
        type="search"
        placeholder="Search…  ( / )"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
