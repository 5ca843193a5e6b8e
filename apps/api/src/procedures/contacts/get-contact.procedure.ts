/** GET /api/contacts/{id}/: one contact with its links and interaction log. */
import { ContactIdInput, ContactObject } from '@jobtracker/contracts';
import { getContact } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const getContactProcedure = protectedOperation({
  method: 'GET', path: '/api/contacts/{id}/', tags,
  summary: 'One contact', output: ContactObject, errors: [400, 401, 404],
})
  .input(ContactIdInput)
  .query(async ({ ctx, input }) => toContactObject(await getContact(ctx.deps, { userId: ctx.user.id, id: input.id })));
