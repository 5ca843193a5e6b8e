/** A file transfer as a mutation that also reports its progress, so a page can show a bar while
 * bytes move and the error where the transfer was started. */
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { TransferOptions, TransferProgress } from './files.js';

type Transfer<TInput, TResult> = UseMutationResult<TResult, Error, TInput> & { progress: TransferProgress | null };

export function useTransfer<TInput, TResult>(
  run: (input: TInput, options: TransferOptions) => Promise<TResult>,
  handlers: { onSuccess?: (result: TResult, input: TInput) => void; onError?: (error: Error) => void; onSettled?: () => void } = {},
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
      handlers.onSettled?.();
    },
  });
  return { ...mutation, progress };
}
