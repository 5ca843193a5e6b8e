/** The favorite star of a company: a toggle button, saved at once, shown as pressed while on. */
import { showToast } from '../../lib/toasts.js';
import { errorText } from '../../lib/api-errors.js';
import { useUpdateCompany, type Company } from './companies-queries.js';

export function FavoriteButton({ company }: { company: Company }) {
  const update = useUpdateCompany();
  // Between the click and the server's answer, show where it is going.
  const on = update.isPending ? !company.is_favorite : company.is_favorite;
  const toggle = () =>
    update.mutate({ id: company.id, is_favorite: !company.is_favorite }, { onError: (error) => showToast(`Could not change the favorite: ${errorText(error)}`, 'error') });
  return (
    <button type="button" className={`icon-button button-ghost favorite-button ${on ? 'is-on' : ''}`} aria-pressed={on} aria-label={`Favorite ${company.name}`} onClick={toggle} disabled={update.isPending}>
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
}
