/** The search box in the header: `/` focuses it from anywhere; Enter opens the applications
 * table filtered by the words. */
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';

export const HEADER_SEARCH_ID = 'header-search';

export function HeaderSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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

/** Single-key shortcuts must not fire while someone types in a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
