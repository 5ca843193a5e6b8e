/** Uploading one chosen file: the button that opens the file picker (a label around a hidden
 * input, so it is one keyboard stop with the button's words as its name), and the line under it
 * with the hint, the progress or the server's reason for refusing the file. */
import { useState } from 'react';
import type { TransferOptions } from '../lib/transfers.js';
import { useTransfer, type Transfer, type TransferHandlers } from '../lib/use-transfer.js';
import { TransferStatus } from './transfer-status.js';

export type FileUpload = Transfer<File, unknown> & { fileName: string; start: (file: File) => void };

export function useFileUpload<TResult>(
  send: (file: File, options: TransferOptions) => Promise<TResult>,
  handlers: TransferHandlers<File, TResult> = {},
): FileUpload {
  const [fileName, setFileName] = useState('');
  const transfer = useTransfer(send, handlers);
  return {
    ...(transfer as Transfer<File, unknown>),
    fileName,
    start: (file) => {
      setFileName(file.name);
      transfer.mutate(file);
    },
  };
}

type ButtonProps = { upload: FileUpload; label: string; accept: string; statusId: string; className?: string };

export function FileUploadButton({ upload, label, accept, statusId, className = 'button' }: ButtonProps) {
  return (
    <label className={className}>
      {upload.isPending ? 'Uploading…' : label}
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={upload.isPending}
        aria-describedby={statusId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.start(file);
          // The same file can be chosen again after a refusal.
          event.target.value = '';
        }}
      />
    </label>
  );
}

export function FileUploadStatus({ upload, statusId, hint }: { upload: FileUpload; statusId: string; hint: string }) {
  return (
    <TransferStatus
      id={statusId}
      activity={`Uploading ${upload.fileName}`}
      progress={upload.progress}
      error={upload.error ? `Upload failed: ${upload.error.message}` : null}
      hint={hint}
    />
  );
}
