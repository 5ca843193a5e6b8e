/** GET /api/companies/{id}/applications/ (contract 7.11): exact-name matches, newest first. */
import { CompanyApplicationsOutput, CompanyIdInput } from '@jobtracker/contracts';
import { companyApplications } from '@jobtracker/core';
import { toApplicationObject } from '../../mappers/application.mapper.js';
import { toCompanyObject } from '../../mappers/company.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const companyApplicationsProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/{id}/applications/', tags,
  summary: "A company and the applications naming it", output: CompanyApplicationsOutput, errors: [400, 401, 404],
})
  .input(CompanyIdInput)
  .query(async ({ ctx, input }) => {
    const { company, applications } = await companyApplications(ctx.deps, { userId: ctx.user.id, id: input.id });
    return {
      company: toCompanyObject(company),
      applications: applications.map((application) => toApplicationObject(application, ctx.now)),
    };
  });
