/** GET /api/companies/search/?q= (contract 7.6): literal, case-insensitive, not paginated. */
import { CompanyArrayOutput, CompanySearchQuery } from '@jobtracker/contracts';
import { searchCompanies } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags, withCount } from './shared.js';

export const searchCompaniesProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/search/', tags,
  summary: 'Search name, industry and location', output: CompanyArrayOutput, errors: [400, 401],
})
  .input(CompanySearchQuery)
  .query(async ({ ctx, input }) =>
    (await searchCompanies(ctx.deps, { userId: ctx.user.id, q: input.q })).map(withCount),
  );
