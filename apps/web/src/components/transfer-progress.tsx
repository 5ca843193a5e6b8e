/** Progress of an upload, a server step or a download: a labelled <progress> (indeterminate while
 * the total is unknown) with the same words for screen readers. */
import { byteText, transferPercent, type TransferProgress } from '../lib/transfers.js';

type Props = { label: string; progress: TransferProgress | null; detail?: string };

export function TransferProgressBar({ label, progress, detail }: Props) {
  const total = progress?.total ?? null;
  const percent = transferPercent(progress);
  // Nothing to say before the first byte moves.
  const text = detail ?? (progress ? (total ? `${percent}% (${byteText(progress.loaded)} of ${byteText(total)})` : progress.loaded > 0 ? byteText(progress.loaded) : '') : '');
  return (
    <div className="transfer-progress" role="status" aria-live="polite">
      <span className="small">
        {label}
        {text && <span className="muted"> · {text}</span>}
      </span>
      {percent === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={percent} />}
    </div>
  );
}
