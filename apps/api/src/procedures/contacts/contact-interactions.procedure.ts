/** The interaction log: POST /api/contacts/{id}/interactions/ logs one (201, the contact; `date`
 * defaults to now), DELETE /api/contacts/{id}/interactions/{index}/ removes one (the contact). */
import { ContactInteractionDeleteInput, ContactInteractionInput, ContactObject } from '@jobtracker/contracts';
import { logContactInteraction, removeContactInteraction } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const logInteractionProcedure = protectedOperation({
  method: 'POST', path: '/api/contacts/{id}/interactions/', successStatus: 201, tags,
  summary: 'Log an interaction (date, channel, note); the log stays in date order', output: ContactObject, errors: [400, 401, 404],
})
  .input(ContactInteractionInput)
  .mutation(async ({ ctx, input }) => {
    const { id, date, channel, note } = input;
    const interaction = { channel, ...(date ? { date } : {}), ...(note !== undefined ? { note } : {}) };
    return toContactObject(await logContactInteraction(ctx.deps, { userId: ctx.user.id, contactId: id, interaction, now: ctx.now }));
  });

export const removeInteractionProcedure = protectedOperation({
  method: 'DELETE', path: '/api/contacts/{id}/interactions/{index}/', tags,
  summary: 'Remove an interaction by its index in the log (0 is the oldest)', output: ContactObject, errors: [400, 401, 404],
})
  .input(ContactInteractionDeleteInput)
  .mutation(async ({ ctx, input }) =>
    toContactObject(await removeContactInteraction(ctx.deps, { userId: ctx.user.id, contactId: input.id, index: input.index, now: ctx.now })),
  );
