/** What a page shows when it could not load: the reason and a way to try again. */
import { errorText } from '../lib/api-errors.js';

export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div className="alert alert-error stack" role="alert">
      <h2>{title}</h2>
      <p>{errorText(error)}</p>
      {onRetry && (
        <div>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
