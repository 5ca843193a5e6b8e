/** Follow-up procedures of the applications router: the next action and deadline of one
 * application, closing it as "no response", and the "already applied?" check. */
import {
  ApplicationObject,
  CloseAsNoResponseInput,
  DuplicateCandidatesOutput,
  DuplicateCheckQuery,
  SetFollowUpInput,
  toDuplicatesOutput,
} from '@jobtracker/contracts';
import { closeAsNoResponse, duplicatesFor, parseObjectId, setFollowUp } from '@jobtracker/core';
import { toApplicationObject } from '../mappers/application.mapper.js';
import { protectedOperation } from './operation.js';

const tags = ['Applications'];

export const followUpProcedures = {
  duplicates: protectedOperation({
    method: 'GET', path: '/api/applications/duplicates/', tags, errors: [400, 401], output: DuplicateCandidatesOutput,
    summary: 'Already applied? Recent applications to the same company for a similar title',
    description:
      'Company names match after folding case, accents, punctuation and legal forms (Inc, GmbH, …); titles match at a ' +
      'Sørensen–Dice similarity of 0.8 or more. Only applications sent or created in the last 180 days count.',
  })
    .input(DuplicateCheckQuery)
    .query(async ({ ctx, input }) => {
      // An exclude_id that is no id cannot name one of the caller's applications: nothing to leave out.
      const excludeId = input.exclude_id === undefined ? undefined : (parseObjectId(input.exclude_id) ?? undefined);
      const found = await duplicatesFor(ctx.deps, {
        userId: ctx.user.id, company: input.company, title: input.title, now: ctx.now, ...(excludeId === undefined ? {} : { excludeId }),
      });
      return toDuplicatesOutput(found);
    }),

  setFollowUp: protectedOperation({
    method: 'PUT', path: '/api/applications/{id}/follow-up/', tags, errors: [400, 401, 404], output: ApplicationObject,
    summary: 'Set or clear (null) the next action and the deadline; keys left out stay as they are',
  })
    .input(SetFollowUpInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      return toApplicationObject(await setFollowUp(ctx.deps, { userId: ctx.user.id, id, ...changes, now: ctx.now }), ctx.now);
    }),

  closeAsNoResponse: protectedOperation({
    method: 'POST', path: '/api/applications/{id}/close-no-response/', tags, errors: [400, 401, 404], output: ApplicationObject,
    summary: 'Close as "no response": a timeline event, kept apart from rejections (the status stays)',
    description: 'Closing a closed application changes nothing; any later event reopens it.',
  })
    .input(CloseAsNoResponseInput)
    .mutation(async ({ ctx, input }) =>
      toApplicationObject(await closeAsNoResponse(ctx.deps, { userId: ctx.user.id, id: input.id, ...(input.notes === undefined ? {} : { notes: input.notes }), now: ctx.now }), ctx.now),
    ),
};
