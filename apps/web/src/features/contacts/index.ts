/** The contacts feature's public surface (other features and routes import only this). */
export { ApplicationContactsSection } from './application-contacts-section.js';
export type { ContactsSearch } from './contacts-search.js';
