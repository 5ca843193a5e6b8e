/** POST /api/companies/ (contract 7.2): 201 without application_count. */
import { CompanyCreateInput, CompanyObject } from '@jobtracker/contracts';
import { createCompany } from '@jobtracker/core';
import { toCompanyObject } from '../../mappers/company.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const createCompanyProcedure = protectedOperation({
  method: 'POST', path: '/api/companies/', successStatus: 201, tags,
  summary: 'Create a company (names are unique per user, ignoring case)', output: CompanyObject, errors: [400, 401],
})
  .input(CompanyCreateInput)
  .mutation(async ({ ctx, input }) =>
    toCompanyObject(await createCompany(ctx.deps, { userId: ctx.user.id, fields: input, now: ctx.now })),
  );
