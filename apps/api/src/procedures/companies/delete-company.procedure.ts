/** DELETE /api/companies/{id}/ (contract 7.5): 204; applications are untouched. */
import { CompanyIdInput } from '@jobtracker/contracts';
import { deleteCompany } from '@jobtracker/core';
import { protectedProcedure } from '../init.js';
import { tags } from './shared.js';

export const deleteCompanyProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'DELETE', path: '/api/companies/{id}/', successStatus: 204, tags,
      summary: 'Delete a company', errors: [400, 401, 404],
    },
  })
  .input(CompanyIdInput)
  .mutation(async ({ ctx, input }): Promise<{ message: string }> => {
    await deleteCompany(ctx.deps, { userId: ctx.user.id, id: input.id });
    return { message: 'Company deleted successfully' };
  });
