/** POST /api/companies/sync/ (contract 7.8): 200; the body is ignored. */
import { CompanySyncOutput } from '@jobtracker/contracts';
import { syncCompanies, syncMessage } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const syncCompaniesProcedure = protectedOperation({
  method: 'POST', path: '/api/companies/sync/', tags,
  summary: 'Create the companies named by applications that have none', output: CompanySyncOutput, errors: [401],
})
  .mutation(async ({ ctx }) => {
    const { createdCount } = await syncCompanies(ctx.deps, { userId: ctx.user.id, now: ctx.now });
    return { message: syncMessage(createdCount), created_count: createdCount };
  });
