/** GET /api/companies/industry-breakdown/ (contract 7.9). */
import { IndustryBreakdownOutput, type IndustryCount } from '@jobtracker/contracts';
import { industryBreakdown } from '@jobtracker/core';
import { protectedProcedure } from '../../trpc/init.js';
import { tags } from './shared.js';

export const industryBreakdownProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'GET', path: '/api/companies/industry-breakdown/', tags,
      summary: 'Companies per industry, most first', output: IndustryBreakdownOutput, errors: [401],
    },
  })
  .query(({ ctx }): Promise<IndustryCount[]> => industryBreakdown(ctx.deps, { userId: ctx.user.id }));
