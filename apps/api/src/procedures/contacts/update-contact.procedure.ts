/** PUT and PATCH /api/contacts/{id}/: the sent fields replace the stored ones (both methods alike);
 * links and the interaction log stay. */
import { ContactObject, ContactUpdateInput } from '@jobtracker/contracts';
import { updateContact } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import type { HttpMethod } from '../operation-meta.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

const updateWith = (method: HttpMethod) =>
  protectedOperation({
    method, path: '/api/contacts/{id}/', tags,
    summary: 'Update a contact (sent fields only)', output: ContactObject, errors: [400, 401, 404],
  })
    .input(ContactUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...fields } = input;
      return toContactObject(await updateContact(ctx.deps, { userId: ctx.user.id, id, fields, now: ctx.now }));
    });

export const updateContactProcedure = updateWith('PUT');
export const patchContactProcedure = updateWith('PATCH');
