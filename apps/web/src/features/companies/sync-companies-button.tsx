/** "Sync from applications": creates the companies that applications name but the list lacks,
 * and says how many it created (the result stays on screen until the next sync). */
import { errorText } from '../../lib/api-errors.js';
import { useSyncCompanies } from './companies-queries.js';

export function syncResultText(created: number): string {
  if (created === 0) return 'Already in sync: every company your applications name is in the list.';
  return `Created ${created} ${created === 1 ? 'company' : 'companies'} from your applications.`;
}

export function SyncCompaniesButton() {
  const sync = useSyncCompanies();
  return (
    <>
      <button type="button" onClick={() => sync.mutate()} disabled={sync.isPending}>
        {sync.isPending ? 'Syncing…' : 'Sync from applications'}
      </button>
      <p role="status" className={`company-sync-result small ${sync.isError ? 'field-error' : 'muted'}`}>
        {sync.isSuccess ? syncResultText(sync.data.created_count) : sync.isError ? errorText(sync.error) : ''}
      </p>
    </>
  );
}
