/** GET /api/companies/{id}/ (contract 7.3): with application_count. */
import { CompanyIdInput, CompanyObject } from '@jobtracker/contracts';
import { getCompany } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags, withCount } from './shared.js';

export const getCompanyProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/{id}/', tags,
  summary: 'A company with its application count', output: CompanyObject, errors: [400, 401, 404],
})
  .input(CompanyIdInput)
  .query(async ({ ctx, input }) => withCount(await getCompany(ctx.deps, { userId: ctx.user.id, id: input.id })));
