/** GET /api/companies/autocomplete/?q=&limit= (contract 7.7). */
import { CompanyAutocompleteOutput, CompanyAutocompleteQuery, type CompanyAutocompleteItem } from '@jobtracker/contracts';
import { autocompleteCompanies } from '@jobtracker/core';
import { protectedProcedure } from '../../trpc/init.js';
import { tags } from './shared.js';

export const autocompleteCompaniesProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'GET', path: '/api/companies/autocomplete/', tags,
      summary: 'Company names starting with q (limit default 10, at most 100)', output: CompanyAutocompleteOutput, errors: [400, 401],
    },
  })
  .input(CompanyAutocompleteQuery)
  .query(({ ctx, input }): Promise<CompanyAutocompleteItem[]> =>
    autocompleteCompanies(ctx.deps, { userId: ctx.user.id, q: input.q, limit: input.limit }),
  );
