/** A button that opens a menu (WAI-ARIA menu button pattern): Enter, Space or the arrows open it
 * on its first or last item, the arrows, Home and End move, Escape closes it and gives focus back
 * to the button, Tab closes it and moves on, a click elsewhere closes it. The items are the caller's elements with a
 * `menuitem` role (links, buttons, radios); choosing one closes the menu. Hand-written because
 * it is one small pattern and the app's other overlays use native elements, not a UI kit. */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

type Props = {
  /** The button's content; its text is the menu's name. */
  label: ReactNode;
  /** Shown above the items, outside the menu (who is signed in, for instance). */
  header?: ReactNode;
  children: ReactNode;
  className?: string;
};

const ITEM = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

export function MenuButton({ label, header, children, className }: Props) {
  const [open, setOpen] = useState(false);
  /** Which item takes focus once the menu is drawn. */
  const [start, setStart] = useState<'first' | 'last'>('first');
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>(ITEM) ?? []);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openAt = (where: 'first' | 'last') => {
    setStart(where);
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    const all = items();
    (start === 'first' ? all[0] : all[all.length - 1])?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, start]);

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      // From the button, the browser's own Tab then moves on to what follows the menu.
      close(true);
    }
    else if (event.key === ' ' && document.activeElement?.tagName === 'A') {
      // Space activates a link item too, as it does a button item.
      event.preventDefault();
      (document.activeElement as HTMLElement).click();
    }
  };

  const onMenuClick = (event: MouseEvent<HTMLUListElement>) => {
    if ((event.target as HTMLElement).closest(ITEM)) close(true);
  };

  return (
    <div className={`menu-button ${className ?? ''}`} ref={root}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        className="button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {open && (
        <div className="menu-popup">
          {header}
          <ul ref={menu} id={`${id}-menu`} role="menu" aria-labelledby={`${id}-button`} className="menu-list" onKeyDown={onMenuKey} onClick={onMenuClick}>
            {children}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A divider between groups of items. */
export function MenuSeparator() {
  return <li role="separator" className="menu-separator" />;
}
