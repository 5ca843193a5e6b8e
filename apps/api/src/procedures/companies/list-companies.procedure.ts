/** GET /api/companies/ (contract 7.1): filtered, paginated, sorted by name. */
import { CompanyListOutput, CompanyListQuery } from '@jobtracker/contracts';
import { listCompanies } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags, withCount } from './shared.js';

export const listCompaniesProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/', tags,
  summary: 'List companies (paginated; filters industry, location, is_favorite, tags)', output: CompanyListOutput, errors: [400, 401],
})
  .input(CompanyListQuery)
  .query(async ({ ctx, input }) => {
    const page = await listCompanies(ctx.deps, {
      userId: ctx.user.id,
      query: {
        page: input.page,
        pageSize: input.page_size,
        industry: input.industry,
        location: input.location,
        isFavorite: input.is_favorite,
        tags: input.tags,
      },
    });
    return { ...page, results: page.results.map(withCount) };
  });
