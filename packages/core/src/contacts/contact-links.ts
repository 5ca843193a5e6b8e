/** Links between contacts and applications, kept on the contact (`application_ids`). Both sides
 * must be the caller's: linking checks the application exists for them. */
import type { Application } from '../applications/application.js';
import { applicationIdOrFail } from '../applications/manage-applications.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { DomainError } from '../shared/domain-error.js';
import type { Contact } from './contact.js';
import { changeContact, getContact } from './manage-contacts.js';
import type { ContactRepository } from './ports.js';

/** Links per contact: far more than a person is ever involved in, small enough for one document. */
export const MAX_LINKED_APPLICATIONS = 500;

type LinkCommand = { userId: number; contactId: string; applicationId: string; now: Date };

/** Idempotent: linking an already linked application changes nothing but `updated_at`. */
export async function linkContactToApplication(
  deps: { contacts: Pick<ContactRepository, 'update'>; applications: Pick<ApplicationRepository, 'findById'> },
  command: LinkCommand,
): Promise<Contact> {
  const applicationId = applicationIdOrFail(command.applicationId);
  if (!(await deps.applications.findById(command.userId, applicationId))) throw new DomainError('APPLICATION.NOT_FOUND');
  return changeContact(deps, {
    userId: command.userId,
    id: command.contactId,
    now: command.now,
    change: (current) => {
      if (current.application_ids.includes(applicationId)) return current;
      if (current.application_ids.length >= MAX_LINKED_APPLICATIONS) {
        throw new DomainError('VALIDATION.FAILED', { fieldErrors: { application_id: [`A contact links at most ${MAX_LINKED_APPLICATIONS} applications.`] } });
      }
      return { ...current, application_ids: [...current.application_ids, applicationId] };
    },
  });
}

/** Idempotent as well; the application need not exist any more. */
export function unlinkContactFromApplication(deps: { contacts: Pick<ContactRepository, 'update'> }, command: LinkCommand): Promise<Contact> {
  const applicationId = applicationIdOrFail(command.applicationId);
  return changeContact(deps, {
    userId: command.userId,
    id: command.contactId,
    now: command.now,
    change: (current) => ({ ...current, application_ids: current.application_ids.filter((id) => id !== applicationId) }),
  });
}

/** The contacts shown on an application's detail view, by name; 404 when the application is not
 * the caller's. */
export async function contactsOfApplication(
  deps: { contacts: Pick<ContactRepository, 'findPage'>; applications: Pick<ApplicationRepository, 'findById'> },
  query: { userId: number; applicationId: string },
): Promise<Contact[]> {
  const applicationId = applicationIdOrFail(query.applicationId);
  if (!(await deps.applications.findById(query.userId, applicationId))) throw new DomainError('APPLICATION.NOT_FOUND');
  const { items } = await deps.contacts.findPage(query.userId, { applicationId }, { offset: 0, limit: null });
  return items;
}

/** A contact's applications in link order; links to applications deleted since are skipped. */
export async function applicationsOfContact(
  deps: { contacts: Pick<ContactRepository, 'findById'>; applications: Pick<ApplicationRepository, 'findById'> },
  query: { userId: number; contactId: string },
): Promise<Application[]> {
  const contact = await getContact(deps, { userId: query.userId, id: query.contactId });
  const found: Application[] = [];
  for (const id of contact.application_ids) {
    const application = await deps.applications.findById(query.userId, id);
    if (application) found.push(application);
  }
  return found;
}

/** After an application is deleted: drops it from every contact of the owner that links it.
 * Returns how many contacts changed. */
export async function forgetApplicationInContacts(
  deps: { contacts: Pick<ContactRepository, 'findPage' | 'update'> },
  command: { userId: number; applicationId: string; now: Date },
): Promise<number> {
  const { items } = await deps.contacts.findPage(command.userId, { applicationId: command.applicationId }, { offset: 0, limit: null });
  let changed = 0;
  for (const contact of items) {
    const updated = await deps.contacts.update(command.userId, contact.id, (current) => ({
      ...current,
      application_ids: current.application_ids.filter((id) => id !== command.applicationId),
      updated_at: command.now,
    }));
    if (updated) changed += 1;
  }
  return changed;
}
