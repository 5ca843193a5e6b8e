/** PUT /api/companies/{id}/ (contract 7.4): sent fields only; no duplicate check. */
import { CompanyObject, CompanyUpdateInput } from '@jobtracker/contracts';
import { updateCompany } from '@jobtracker/core';
import { toCompanyObject } from '../../mappers/company.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const updateCompanyProcedure = protectedOperation({
  method: 'PUT', path: '/api/companies/{id}/', tags,
  summary: 'Update a company (every field optional; tags and contact_info replaced whole)', output: CompanyObject, errors: [400, 401, 404],
})
  .input(CompanyUpdateInput)
  .mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    return toCompanyObject(await updateCompany(ctx.deps, { userId: ctx.user.id, id, fields, now: ctx.now }));
  });
