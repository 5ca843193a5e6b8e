/** POST /api/contacts/: 201 with the new contact (no links, empty log). */
import { ContactCreateInput, ContactObject } from '@jobtracker/contracts';
import { createContact } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const createContactProcedure = protectedOperation({
  method: 'POST', path: '/api/contacts/', successStatus: 201, tags,
  summary: 'Create a contact', output: ContactObject, errors: [400, 401],
})
  .input(ContactCreateInput)
  .mutation(async ({ ctx, input }) => toContactObject(await createContact(ctx.deps, { userId: ctx.user.id, fields: input, now: ctx.now })));
