/** POST and DELETE /api/contacts/{id}/applications/{application_id}/: link a contact to one of the
 * caller's applications, or unlink it; both idempotent, both answer with the contact. */
import { ContactLinkInput, ContactObject } from '@jobtracker/contracts';
import { linkContactToApplication, unlinkContactFromApplication } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

const path = '/api/contacts/{id}/applications/{application_id}/';

export const linkContactProcedure = protectedOperation({
  method: 'POST', path, tags,
  summary: 'Link a contact to an application (idempotent)', output: ContactObject, errors: [400, 401, 404],
})
  .input(ContactLinkInput)
  .mutation(async ({ ctx, input }) =>
    toContactObject(await linkContactToApplication(ctx.deps, { userId: ctx.user.id, contactId: input.id, applicationId: input.application_id, now: ctx.now })),
  );

export const unlinkContactProcedure = protectedOperation({
  method: 'DELETE', path, tags,
  summary: 'Unlink a contact from an application (idempotent; the application may be gone)', output: ContactObject, errors: [400, 401, 404],
})
  .input(ContactLinkInput)
  .mutation(async ({ ctx, input }) =>
    toContactObject(
      await unlinkContactFromApplication(ctx.deps, { userId: ctx.user.id, contactId: input.id, applicationId: input.application_id, now: ctx.now }),
    ),
  );
