/** Both directions of the links: GET /api/contacts/{id}/applications/ (a contact's applications,
 * in link order) and GET /api/applications/{id}/contacts/ (an application's contacts, by name). */
import { ApplicationIdInput, ApplicationListOutput, ContactArrayOutput, ContactIdInput } from '@jobtracker/contracts';
import { applicationsOfContact, contactsOfApplication } from '@jobtracker/core';
import { toApplicationObject } from '../../mappers/application.mapper.js';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const contactApplicationsProcedure = protectedOperation({
  method: 'GET', path: '/api/contacts/{id}/applications/', tags,
  summary: "A contact's applications, in the order they were linked", output: ApplicationListOutput, errors: [400, 401, 404],
})
  .input(ContactIdInput)
  .query(async ({ ctx, input }) => {
    const applications = await applicationsOfContact(ctx.deps, { userId: ctx.user.id, contactId: input.id });
    return applications.map((application) => toApplicationObject(application, ctx.now));
  });

export const applicationContactsProcedure = protectedOperation({
  method: 'GET', path: '/api/applications/{id}/contacts/', tags,
  summary: "An application's contacts, by name", output: ContactArrayOutput, errors: [400, 401, 404],
})
  .input(ApplicationIdInput)
  .query(async ({ ctx, input }) => (await contactsOfApplication(ctx.deps, { userId: ctx.user.id, applicationId: input.id })).map(toContactObject));
