/** How sent sub-objects are stored: validated keys only, with the server defaults of contract
 * 2.2 filled in. PUT uses the same functions, so defaults are re-applied (contract 5.4). */
import type { ApplicationInfo, CalendarDate, CompanyInfo, JobInfo, NextAction, Requirements } from './application.js';

/** What create and PUT accept once the transport has validated it. */
export type ApplicationFields = {
  company: CompanyInfo;
  job: JobInfo;
  application?: ApplicationInfo;
  requirements?: Requirements;
  notes?: string;
  is_favorite?: boolean;
  /** Additive keys: stored only when sent, so documents of clients that never send them keep the
   * contract's shape; null clears. */
  next_action?: NextAction | null;
  deadline?: CalendarDate | null;
};

/** PUT: every top-level key optional; each sent one replaces the stored value whole. */
export type ApplicationChanges = Partial<ApplicationFields>;

/** Drops keys whose value is undefined, so absent stays absent in storage. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

export function storedCompany(company: CompanyInfo): CompanyInfo {
  return definedOnly({ ...company });
}

export function storedJob(job: JobInfo): JobInfo {
  return { ...definedOnly({ ...job }), currency: job.currency ?? 'USD' };
}

/** All six keys, always: a missing status or applied_date is reset (contract 14.7). */
export function storedApplicationInfo(info: ApplicationInfo | undefined, now: Date): ApplicationInfo {
  return {
    applied_date: info?.applied_date ?? now,
    source: info?.source ?? '',
    status: info?.status ?? 'applied',
    resume_version: info?.resume_version ?? '',
    cover_letter: info?.cover_letter ?? '',
    referral_name: info?.referral_name ?? '',
  };
}

/** A sent requirements object always has both skill lists; an omitted one is `{}` on create. */
export function storedRequirements(requirements: Requirements): Requirements {
  return {
    ...definedOnly({ ...requirements }),
    skills_required: [...(requirements.skills_required ?? [])],
    skills_preferred: [...(requirements.skills_preferred ?? [])],
  };
}

/** A sent next action, copied (its text is validated and trimmed by the transport). */
export function storedNextAction(nextAction: NextAction | null): NextAction | null {
  return nextAction === null ? null : { date: nextAction.date, text: nextAction.text };
}
