/** DELETE /api/contacts/{id}/: 204; the linked applications are untouched. */
import { ContactIdInput } from '@jobtracker/contracts';
import { deleteContact } from '@jobtracker/core';
import { protectedProcedure } from '../init.js';
import { tags } from './shared.js';

export const deleteContactProcedure = protectedProcedure
  .meta({
    openapi: { method: 'DELETE', path: '/api/contacts/{id}/', successStatus: 204, tags, summary: 'Delete a contact', errors: [400, 401, 404] },
  })
  .input(ContactIdInput)
  .mutation(async ({ ctx, input }): Promise<void> => {
    await deleteContact(ctx.deps, { userId: ctx.user.id, id: input.id });
  });
