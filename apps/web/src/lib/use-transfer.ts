/** A file transfer as a mutation that also reports its progress, so a page can show a bar while
 * bytes move and the error where the transfer was started. */
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { TransferOptions, TransferProgress } from './transfers.js';

export type Transfer<TInput, TResult> = UseMutationResult<TResult, Error, TInput> & { progress: TransferProgress | null };

/** The handlers run as the mutation's own: a promise they return is awaited before it settles. */
export type TransferHandlers<TInput, TResult> = {
  onSuccess?: (result: TResult, input: TInput) => unknown;
  onError?: (error: Error) => unknown;
  onSettled?: () => unknown;
};

export function useTransfer<TInput, TResult>(
  run: (input: TInput, options: TransferOptions) => Promise<TResult>,
  handlers: TransferHandlers<TInput, TResult> = {},
): Transfer<TInput, TResult> {
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const mutation = useMutation<TResult, Error, TInput>({
    mutationFn: (input) => {
      setProgress({ loaded: 0, total: null });
      return run(input, { onProgress: setProgress });
    },
    onSuccess: handlers.onSuccess,
    onError: handlers.onError,
    onSettled: () => {
      setProgress(null);
      return handlers.onSettled?.();
    },
  });
  return { ...mutation, progress };
}
