/** The no-drag way to move a card: a disclosure listing the other statuses, and for an open
 * application "Close as no response" (which asks first). */
import { useId, useRef, useState } from 'react';
import { STATUSES, statusLabel, type Status } from '../../lib/statuses.js';

type Props = { current: string; itemName: string; onMove: (status: Status) => void; onCloseAsNoResponse?: () => void };

export function MoveToMenu({ current, itemName, onMove, onCloseAsNoResponse }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const choose = (status: Status) => {
    setOpen(false);
    onMove(status);
    button.current?.focus();
  };
  return (
    <div
      className="move-to"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button-small"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Move ${itemName} to…`}
        onClick={() => setOpen(!open)}
      >
        Move to…
      </button>
      {open && (
        <ul id={listId} className="move-to-list" aria-label={`Move ${itemName} to`}>
          {STATUSES.filter((status) => status !== current).map((status) => (
            <li key={status}>
              <button type="button" className="button-small button-ghost" onClick={() => choose(status)}>
                {statusLabel(status)}
              </button>
            </li>
          ))}
          {onCloseAsNoResponse && (
            <li className="move-to-separated">
              <button
                type="button"
                className="button-small button-ghost"
                onClick={() => {
                  setOpen(false);
                  onCloseAsNoResponse();
                }}
              >
                Close as no response…
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
