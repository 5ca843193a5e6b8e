/** The contacts procedures: CRUD and search, links to applications (both directions) and the
 * interaction log. */
import { router } from '../init.js';
import { linkContactProcedure, unlinkContactProcedure } from './contact-links.procedure.js';
import { logInteractionProcedure, removeInteractionProcedure } from './contact-interactions.procedure.js';
import { createContactProcedure } from './create-contact.procedure.js';
import { deleteContactProcedure } from './delete-contact.procedure.js';
import { getContactProcedure } from './get-contact.procedure.js';
import { listContactsProcedure } from './list-contacts.procedure.js';
import { applicationContactsProcedure, contactApplicationsProcedure } from './related-applications.procedure.js';
import { patchContactProcedure, updateContactProcedure } from './update-contact.procedure.js';

export const contactsRouter = router({
  list: listContactsProcedure,
  create: createContactProcedure,
  get: getContactProcedure,
  update: updateContactProcedure,
  patch: patchContactProcedure,
  delete: deleteContactProcedure,
  link: linkContactProcedure,
  unlink: unlinkContactProcedure,
  applications: contactApplicationsProcedure,
  ofApplication: applicationContactsProcedure,
  logInteraction: logInteractionProcedure,
  removeInteraction: removeInteractionProcedure,
});
