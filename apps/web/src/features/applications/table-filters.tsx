/** The table's filters and search. Text filters wait for a pause in typing before they change the
 * URL (and so the query). */
import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../../components/field.js';
import { STATUSES, statusLabel, isStatus } from '../../lib/statuses.js';
import type { TableSearch } from './table-search.js';

type Props = { search: TableSearch; onChange: (patch: Partial<TableSearch>) => void };

function useDebouncedText(value: string | undefined, commit: (text: string | undefined) => void) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    if (text === (value ?? '')) return;
    const timer = setTimeout(() => commit(text.trim() === '' ? undefined : text), 300);
    return () => clearTimeout(timer);
  }, [text, value, commit]);
  return [text, setText] as const;
}

export function TableFilters({ search, onChange }: Props) {
  const [q, setQ] = useDebouncedText(search.q, (text) => onChange({ q: text }));
  const [company, setCompany] = useDebouncedText(search.company, (text) => onChange({ company: text }));
  const [title, setTitle] = useDebouncedText(search.job_title, (text) => onChange({ job_title: text }));
  const active = Boolean(search.q || search.status || search.company || search.job_title || search.favorites);
  return (
    <form className="filters card" role="search" aria-label="Filter applications" onSubmit={(event) => event.preventDefault()}>
      <TextField id="table-search" label="Search" type="search" placeholder="Company, title or notes" value={q} onChange={(event) => setQ(event.target.value)} />
      <SelectField
        label="Status"
        value={search.status ?? ''}
        onChange={(event) => onChange({ status: isStatus(event.target.value) ? event.target.value : undefined })}
      >
        <option value="">Any status</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </SelectField>
      <TextField label="Company" value={company} onChange={(event) => setCompany(event.target.value)} />
      <TextField label="Job title" value={title} onChange={(event) => setTitle(event.target.value)} />
      <label className="check-field filters-check">
        <input type="checkbox" checked={search.favorites ?? false} onChange={(event) => onChange({ favorites: event.target.checked || undefined })} />
        Favorites only
      </label>
      {active && (
        <button
          type="button"
          className="button-small filters-clear"
          onClick={() => onChange({ q: undefined, status: undefined, company: undefined, job_title: undefined, favorites: undefined })}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
