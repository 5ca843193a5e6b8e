/** GET /api/companies/top/?limit=10 (contract 7.10). */
import { CompanyArrayOutput, CompanyTopQuery, type CompanyObject } from '@jobtracker/contracts';
import { topCompanies } from '@jobtracker/core';
import { protectedProcedure } from '../../trpc/init.js';
import { tags, withCount } from './shared.js';

export const topCompaniesProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'GET', path: '/api/companies/top/', tags,
      summary: 'Companies with the most applications', output: CompanyArrayOutput, errors: [400, 401],
    },
  })
  .input(CompanyTopQuery)
  .query(async ({ ctx, input }): Promise<CompanyObject[]> =>
    (await topCompanies(ctx.deps, { userId: ctx.user.id, limit: input.limit })).map(withCount),
  );
