/** A list of short texts (skills) edited as tokens: type and press Enter or comma to add; each
 * token has its own remove button. */
import { useId, useState, type KeyboardEvent } from 'react';

type Props = { label: string; value: string[]; onChange: (next: string[]) => void; error?: string | undefined; placeholder?: string; suggestions?: string[] };

export function TokenInput({ label, value, onChange, error, placeholder, suggestions }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const parts = draft.split(',').map((part) => part.trim()).filter(Boolean);
    const next = [...value];
    for (const part of parts) if (!next.includes(part)) next.push(part);
    if (next.length !== value.length) onChange(next);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className={`token-box ${error ? 'has-error' : ''}`}>
        {value.length > 0 && (
          <ul className="token-list" aria-label={`${label} added`}>
            {value.map((token) => (
              <li key={token} className="token">
                <span>{token}</span>
                <button type="button" className="token-remove" aria-label={`Remove ${token}`} onClick={() => onChange(value.filter((item) => item !== token))}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={draft}
          list={suggestions ? `${id}-suggestions` : undefined}
          placeholder={placeholder ?? 'Type and press Enter'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        {suggestions && (
          <datalist id={`${id}-suggestions`}>
            {suggestions.map((item) => (
              <option key={item} value={item} />
            ))}
          </datalist>
        )}
      </div>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
