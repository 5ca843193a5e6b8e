/** Application create, read, replace-fields (PUT) and delete. Every read-modify-write goes
 * through the repository's atomic `update`. */
import { DomainError } from '../shared/domain-error.js';
import { parseObjectId, type IdGenerator } from '../shared/ids.js';
import type { Application } from './application.js';
import {
  storedApplicationInfo,
  storedCompany,
  storedJob,
  storedNextAction,
  storedRequirements,
  type ApplicationChanges,
  type ApplicationFields,
} from './application-defaults.js';
import type { ApplicationRepository } from './ports.js';

/** Only what these use cases call, so fakes and adapters need no more. */
type Deps = { applications: Pick<ApplicationRepository, 'findById' | 'create' | 'update' | 'delete'> };

/** A malformed path id is 400, checked after body validation and before existence. */
export function applicationIdOrFail(text: string): string {
  const id = parseObjectId(text);
  if (id === null) throw new DomainError('APPLICATION.INVALID_ID');
  return id;
}

export async function createApplication(
  deps: Deps & { ids: IdGenerator },
  command: { userId: number; fields: ApplicationFields; now: Date },
): Promise<Application> {
  const { fields, now } = command;
  // No automatic "applied" timeline event (contract 5.2 and 14.8).
  const application: Application = {
    id: deps.ids.objectId(now),
    user_id: command.userId,
    company: storedCompany(fields.company),
    job: storedJob(fields.job),
    application: storedApplicationInfo(fields.application, now),
    requirements: fields.requirements ? storedRequirements(fields.requirements) : {},
    timeline: [],
    attachments: [],
    notes: fields.notes ?? '',
    is_favorite: fields.is_favorite ?? false,
    created_at: now,
    updated_at: now,
  };
  if (fields.next_action !== undefined) application.next_action = storedNextAction(fields.next_action);
  if (fields.deadline !== undefined) application.deadline = fields.deadline;
  await deps.applications.create(application);
  return application;
}

export async function getApplication(deps: Deps, query: { userId: number; id: string }): Promise<Application> {
  const id = applicationIdOrFail(query.id);
  const application = await deps.applications.findById(query.userId, id);
  if (!application) throw new DomainError('APPLICATION.NOT_FOUND');
  return application;
}

/** Applies `change` atomically to the caller's application; 400 for a bad id, 404 when absent. */
export async function changeApplication(
  deps: { applications: Pick<ApplicationRepository, 'update'> },
  command: { userId: number; id: string; change: (current: Application) => Application },
): Promise<Application> {
  const id = applicationIdOrFail(command.id);
  const updated = await deps.applications.update(command.userId, id, command.change);
  if (!updated) throw new DomainError('APPLICATION.NOT_FOUND');
  return updated;
}

/** PUT: sent top-level keys replace the stored values whole, defaults re-applied; `{}` only
 * refreshes `updated_at` (contract 5.4). */
export function updateApplication(
  deps: Deps,
  command: { userId: number; id: string; changes: ApplicationChanges; now: Date },
): Promise<Application> {
  const { changes, now } = command;
  const replaced: Partial<Application> = {};
  if (changes.company !== undefined) replaced.company = storedCompany(changes.company);
  if (changes.job !== undefined) replaced.job = storedJob(changes.job);
  if (changes.application !== undefined) replaced.application = storedApplicationInfo(changes.application, now);
  if (changes.requirements !== undefined) replaced.requirements = storedRequirements(changes.requirements);
  if (changes.notes !== undefined) replaced.notes = changes.notes;
  if (changes.is_favorite !== undefined) replaced.is_favorite = changes.is_favorite;
  if (changes.next_action !== undefined) replaced.next_action = storedNextAction(changes.next_action);
  if (changes.deadline !== undefined) replaced.deadline = changes.deadline;
  return changeApplication(deps, {
    userId: command.userId,
    id: command.id,
    change: (current) => ({ ...current, ...replaced, updated_at: now }),
  });
}

export async function deleteApplication(deps: Deps, command: { userId: number; id: string }): Promise<void> {
  const id = applicationIdOrFail(command.id);
  if (!(await deps.applications.delete(command.userId, id))) throw new DomainError('APPLICATION.NOT_FOUND');
}
