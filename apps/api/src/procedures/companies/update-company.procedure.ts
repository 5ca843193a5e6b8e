/** PUT /api/companies/{id}/ (contract 7.4): sent fields only; no duplicate check. */
import { CompanyObject, CompanyUpdateInput, type CompanyObject as CompanyObjectType } from '@jobtracker/contracts';
import { updateCompany } from '@jobtracker/core';
import { toCompanyObject } from '../../mappers/company.mapper.js';
import { protectedProcedure } from '../../trpc/init.js';
import { tags } from './shared.js';

export const updateCompanyProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'PUT', path: '/api/companies/{id}/', tags,
      summary: 'Update a company (every field optional; tags and contact_info replaced whole)', output: CompanyObject, errors: [400, 401, 404],
    },
  })
  .input(CompanyUpdateInput)
  .mutation(async ({ ctx, input }): Promise<CompanyObjectType> => {
    const { id, ...fields } = input;
    return toCompanyObject(await updateCompany(ctx.deps, { userId: ctx.user.id, id, fields, now: ctx.now }));
  });
