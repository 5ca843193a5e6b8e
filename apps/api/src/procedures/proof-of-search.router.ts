/** The proof of search as JSON (what the web page shows before downloading the CSV or PDF, which
 * are file routes: http/files/proof-of-search.routes.ts). */
import { ProofOfSearchOutput, ProofOfSearchQuery } from '@jobtracker/contracts';
import { proofOfSearchFor } from '@jobtracker/core';
import { toProofOfSearchOutput } from '../mappers/portability.mapper.js';
import { router } from './init.js';
import { protectedOperation } from './operation.js';

export const PROOF_TAGS = ['Proof of search'];
/** Dates in the files follow this locale unless the caller names one. */
export const DEFAULT_PROOF_LOCALE = 'en-US';

export const proofOfSearchRouter = router({
  report: protectedOperation({
    method: 'GET', path: '/api/proof-of-search/', tags: PROOF_TAGS,
    summary: 'The applications sent in a period, with employer, how each was sent, contact person and outcome, and weekly totals',
    output: ProofOfSearchOutput, errors: [400, 401],
  })
    .input(ProofOfSearchQuery)
    .query(async ({ ctx, input }) => {
      const { report } = await proofOfSearchFor(
        { ...ctx.deps, users: ctx.deps.auth.users },
        { userId: ctx.user.id, from: input.from, to: input.to, timeZone: input.time_zone, locale: input.locale ?? DEFAULT_PROOF_LOCALE },
      );
      return toProofOfSearchOutput(report);
    }),
});
