/** Ctrl/Cmd+K: one box to jump anywhere, run an action or open an application found by search.
 * A combobox with a listbox (WAI-ARIA pattern): arrows move, Enter runs, Escape closes. */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/dialog.js';
import { searchQuery } from '../applications/index.js';

export type PaletteCommand = { id: string; label: string; hint?: string; run: () => void };

type Props = { open: boolean; onClose: () => void; commands: PaletteCommand[]; openApplication: (id: string) => void };

function Palette({ onClose, commands, openApplication }: Omit<Props, 'open'>) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = useDeferredValue(text.trim());
  const found = useQuery({ ...searchQuery(q), enabled: q.length >= 2 });
  const items = useMemo(() => {
    const needle = q.toLowerCase();
    const matching = commands.filter((command) => command.label.toLowerCase().includes(needle));
    const applications: PaletteCommand[] = (q.length >= 2 ? found.data ?? [] : []).slice(0, 8).map((application) => ({
      id: `app-${application.id}`,
      label: `${application.job.title} — ${application.company.name}`,
      hint: 'Application',
      run: () => openApplication(application.id),
    }));
    return [...matching, ...applications];
  }, [commands, found.data, q, openApplication]);
  const current = Math.min(active, Math.max(0, items.length - 1));
  const run = (item: PaletteCommand | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, items.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + items.length) % Math.max(1, items.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(items[current]);
    }
  };
  return (
    <div className="dialog-body palette">
      <label htmlFor={`${listId}-input`} id="palette-title" className="field-label">
        Go to or search
      </label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-activedescendant={items[current] ? `${listId}-${current}` : undefined}
        aria-autocomplete="list"
        autoFocus
        placeholder="Type a page, an action or an application…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Results" className="palette-list">
        {items.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'is-active' : ''}
            onMouseEnter={() => setActive(index)}
            onClick={() => run(item)}
          >
            <span>{item.label}</span>
            {item.hint && <span className="small muted">{item.hint}</span>}
          </li>
        ))}
        {items.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {found.isFetching ? 'Searching…' : 'Nothing matches.'}
          </li>
        )}
      </ul>
      <p className="small muted">↑ ↓ to choose · Enter to open · Esc to close · n quick add · / search</p>
    </div>
  );
}

export function CommandPalette({ open, ...props }: Props) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Command palette" labelledBy="palette-title">
      <Palette {...props} />
    </Dialog>
  );
}
