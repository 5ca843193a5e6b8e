/** The account as a whole: deleting it (password confirmed). The export and the restore move
 * files, so they are file routes (http/files/account.routes.ts). */
import { DeleteAccountInput, DeletedAccountOutput } from '@jobtracker/contracts';
import { deleteAccount } from '@jobtracker/core';
import { router } from './init.js';
import { protectedOperation } from './operation.js';

const tags = ['Account'];

export const accountRouter = router({
  delete: protectedOperation({
    method: 'POST', path: '/api/account/delete/', tags,
    summary: 'Delete the account: every record and file of the caller, then the user; every session ends',
    description:
      'Asks for the password again (a wrong one is a 400 on `password`). Removes sessions and refresh tokens, applications, ' +
      'companies, contacts, uploaded files, settings and the user. Tokens and the web session stop working at once.',
    output: DeletedAccountOutput, errors: [400, 401],
  })
    .input(DeleteAccountInput)
    .mutation(async ({ ctx, input }) => {
      const { auth } = ctx.deps;
      const deleted = await deleteAccount(
        {
          ...ctx.deps,
          users: auth.users,
          sessions: auth.sessions,
          refreshTokens: auth.refreshTokens,
          attempts: auth.attempts,
          hasher: auth.hasher,
        },
        { userId: ctx.user.id, password: input.password },
      );
      // The web app's cookie names a session that is gone: clear it too.
      ctx.request.setSessionCookie?.(null);
      return deleted;
    }),
});
