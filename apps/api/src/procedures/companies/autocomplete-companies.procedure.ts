/** GET /api/companies/autocomplete/?q=&limit= (contract 7.7). */
import { CompanyAutocompleteOutput, CompanyAutocompleteQuery } from '@jobtracker/contracts';
import { autocompleteCompanies } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const autocompleteCompaniesProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/autocomplete/', tags,
  summary: 'Company names starting with q (limit default 10, at most 100)', output: CompanyAutocompleteOutput, errors: [400, 401],
})
  .input(CompanyAutocompleteQuery)
  .query(({ ctx, input }) =>
    autocompleteCompanies(ctx.deps, { userId: ctx.user.id, q: input.q, limit: input.limit }),
  );
