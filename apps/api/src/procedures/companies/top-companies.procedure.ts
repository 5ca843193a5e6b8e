/** GET /api/companies/top/?limit=10 (contract 7.10). */
import { CompanyArrayOutput, CompanyTopQuery } from '@jobtracker/contracts';
import { topCompanies } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags, withCount } from './shared.js';

export const topCompaniesProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/top/', tags,
  summary: 'Companies with the most applications', output: CompanyArrayOutput, errors: [400, 401],
})
  .input(CompanyTopQuery)
  .query(async ({ ctx, input }) =>
    (await topCompanies(ctx.deps, { userId: ctx.user.id, limit: input.limit })).map(withCount),
  );
