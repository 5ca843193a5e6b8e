/** GET /api/companies/industry-breakdown/ (contract 7.9). */
import { IndustryBreakdownOutput } from '@jobtracker/contracts';
import { industryBreakdown } from '@jobtracker/core';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const industryBreakdownProcedure = protectedOperation({
  method: 'GET', path: '/api/companies/industry-breakdown/', tags,
  summary: 'Companies per industry, most first', output: IndustryBreakdownOutput, errors: [401],
})
  .query(({ ctx }) => industryBreakdown(ctx.deps, { userId: ctx.user.id }));
