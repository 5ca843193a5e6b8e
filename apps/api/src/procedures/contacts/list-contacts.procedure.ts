/** GET /api/contacts/: the caller's contacts by name, paginated; `q` searches name, company, role
 * and email (literal, any case); `application` keeps the contacts of one application. */
import { ContactListOutput, ContactListQuery } from '@jobtracker/contracts';
import { listContacts } from '@jobtracker/core';
import { toContactObject } from '../../mappers/contact.mapper.js';
import { protectedOperation } from '../operation.js';
import { tags } from './shared.js';

export const listContactsProcedure = protectedOperation({
  method: 'GET', path: '/api/contacts/', tags,
  summary: 'List and search contacts (paginated, by name; q searches name, company, role and email)', output: ContactListOutput, errors: [400, 401],
})
  .input(ContactListQuery)
  .query(async ({ ctx, input }) => {
    const page = await listContacts(ctx.deps, {
      userId: ctx.user.id,
      query: { page: input.page, pageSize: input.page_size, q: input.q, applicationId: input.application },
    });
    return { ...page, results: page.results.map(toContactObject) };
  });
