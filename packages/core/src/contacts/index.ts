/** Contacts: the document, its repository port and the use cases (CRUD, search, links to
 * applications, the interaction log; deleting an application with its files and its links). */
export type { Contact, Interaction, InteractionChannel } from './contact.js';
export { INTERACTION_CHANNELS, isInteractionChannel, lastContacted } from './contact.js';
export type { ContactFilter, ContactRepository } from './ports.js';
export type { ContactFields, NewContactFields } from './contact-fields.js';
export { changeContact, contactIdOrFail, createContact, deleteContact, getContact, updateContact } from './manage-contacts.js';
export { contactFilterOf, listContacts } from './list-contacts.js';
export type { ContactListQuery } from './list-contacts.js';
export {
  applicationsOfContact,
  contactsOfApplication,
  forgetApplicationInContacts,
  linkContactToApplication,
  MAX_LINKED_APPLICATIONS,
  unlinkContactFromApplication,
} from './contact-links.js';
export { insertInteraction, logContactInteraction, MAX_INTERACTIONS, removeContactInteraction } from './contact-interactions.js';
export type { NewInteraction } from './contact-interactions.js';
export { removeApplication } from './remove-application.js';
export type { RemoveApplicationDeps } from './remove-application.js';
