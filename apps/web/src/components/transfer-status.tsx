/** One line under a file control: its hint at rest, a progress bar while bytes move, the reason
 * when the transfer failed. Always one line high, so nothing below it moves. */
import type { ReactNode } from 'react';
import { byteText, transferPercent, type TransferProgress } from '../lib/transfers.js';

type Props = {
  /** What is happening, e.g. "Uploading cv.pdf". */
  activity: string;
  progress: TransferProgress | null;
  error: string | null;
  hint: ReactNode;
  id?: string;
};

export function TransferStatus({ activity, progress, error, hint, id }: Props) {
  const percent = transferPercent(progress);
  return (
    <div className="transfer-status small" id={id}>
      {progress ? (
        <>
          <progress aria-label={activity} max={100} {...(percent === null ? {} : { value: percent })} />
          {/* Only the activity is announced; the bar itself tells assistive technology how far. */}
          <span role="status">{activity}…</span>
          <span aria-hidden="true">{percent === null ? (progress.loaded > 0 ? byteText(progress.loaded) : '') : `${percent}%`}</span>
        </>
      ) : error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : (
        <span className="muted">{hint}</span>
      )}
    </div>
  );
}
