/** Search and the API's filters for the companies list. Typing updates the URL after a pause
 * (replacing the entry, so Back leaves the page instead of undoing keystrokes). */
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/field.js';
import { hasFilters, type CompaniesSearch } from './companies-search.js';

type TextKey = 'q' | 'industry' | 'location' | 'tags';
type Props = { search: CompaniesSearch; onChange: (next: CompaniesSearch) => void };

const DEBOUNCE_MS = 300;

export function CompaniesFilters({ search, onChange }: Props) {
  const [draft, setDraft] = useState<Record<TextKey, string>>(() => textsOf(search));
  const committed = useRef(textsOf(search));
  // A pending commit must keep what changed meanwhile (the favorites box), so it reads the latest.
  const latest = useRef(search);
  latest.current = search;
  const commit = (texts: Record<TextKey, string>) => {
    committed.current = texts;
    onChange(withTexts(latest.current, texts));
  };
  // The URL can change from outside (Back, a link, Clear): show what it says. Our own commits are
  // skipped, so keys typed while the URL catches up are not lost.
  useEffect(() => {
    const current = textsOf(search);
    if (!same(current, committed.current)) {
      committed.current = current;
      setDraft(current);
    }
  }, [search.q, search.industry, search.location, search.tags]);

  useEffect(() => {
    if (same(draft, committed.current)) return;
    const timer = setTimeout(() => commit(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const field = (key: TextKey) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: event.target.value })),
  });
  return (
    <form className="card companies-filters" role="search" aria-label="Find companies" onSubmit={(event) => { event.preventDefault(); commit(draft); }}>
      <TextField label="Search companies" type="search" placeholder="Name, industry or location" className="companies-filters-search" {...field('q')} />
      <TextField label="Industry" {...field('industry')} />
      <TextField label="Location" {...field('location')} />
      <TextField label="Tags" placeholder="remote, b2b" {...field('tags')} />
      <label className="check-field companies-filters-check">
        <input type="checkbox" checked={search.favorites ?? false} onChange={(event) => onChange(withFavorites(search, event.target.checked))} /> Favorites only
      </label>
      <button type="button" className="button-ghost" disabled={!hasFilters(search)} onClick={() => onChange({})}>
        Clear filters
      </button>
    </form>
  );
}

const same = (a: Record<TextKey, string>, b: Record<TextKey, string>) => (Object.keys(a) as TextKey[]).every((key) => a[key] === b[key]);

function textsOf(search: CompaniesSearch): Record<TextKey, string> {
  return { q: search.q ?? '', industry: search.industry ?? '', location: search.location ?? '', tags: search.tags ?? '' };
}

/** A new query starts at page 1. */
function withTexts(search: CompaniesSearch, texts: Record<TextKey, string>): CompaniesSearch {
  const next: CompaniesSearch = search.favorites ? { favorites: true } : {};
  for (const key of Object.keys(texts) as TextKey[]) if (texts[key].trim() !== '') next[key] = texts[key];
  return next;
}

function withFavorites(search: CompaniesSearch, favorites: boolean): CompaniesSearch {
  const { favorites: _old, page: _page, ...rest } = search;
  return favorites ? { ...rest, favorites: true } : rest;
}
