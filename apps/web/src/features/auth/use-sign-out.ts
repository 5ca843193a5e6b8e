/** Ends the cookie's session on the server and forgets every cached answer. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { trpc } from '../../lib/trpc.js';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => trpc.auth.signOut.mutate(),
    meta: { expectsSignedOut: true },
    onSettled: async () => {
      queryClient.clear();
      await navigate({ to: '/sign-in', search: { reason: 'signed-out' } });
    },
  });
}
