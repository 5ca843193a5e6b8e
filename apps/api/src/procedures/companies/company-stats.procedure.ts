/** GET /api/companies/{id}/stats/ (contract 7.12). */
import { CompanyIdInput, CompanyStatsOutput } from '@jobtracker/contracts';
import { companyStats } from '@jobtracker/core';
import { toCompanyObject } from '../../mappers/company.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const companyStatsProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/{id}/stats/', tags,
  summary: "A company's application statistics", output: CompanyStatsOutput, errors: [400, 401, 404],
})
  .input(CompanyIdInput)
  .query(async ({ ctx, input }) => {
    const stats = await companyStats(ctx.deps, { userId: ctx.user.id, id: input.id });
    return { ...stats, company: toCompanyObject(stats.company) };
  });
