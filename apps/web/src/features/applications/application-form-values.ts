/** The application form's values (what inputs hold: text, booleans, token lists) and their
 * mapping to the contract's create/update body. Field names mirror the contract's paths, so the
 * contract schema's issues and the server's field errors land on the right input. */
import { CreateApplicationInput } from '@jobtracker/contracts';
import * as v from 'valibot';
import { fromDateInput, toDateInput } from '../../lib/time.js';
import type { Application } from '../../lib/trpc.js';
import type { CreateApplicationPayload } from './use-application-mutations.js';

export type ApplicationFormValues = {
  company: { name: string; website: string; industry: string; size: string; location: string };
  job: {
    title: string; job_url: string; description: string; employment_type: string; work_mode: string;
    experience_level: string; salary_min: string; salary_max: string; currency: string;
  };
  application: { status: string; applied_date: string; source: string; referral_name: string; resume_version: string; cover_letter: string };
  requirements: { skills_required: string[]; skills_preferred: string[]; years_experience: string; education: string };
  notes: string;
  is_favorite: boolean;
};

const today = () => toDateInput(new Date().toISOString());

export function formValuesFrom(application?: Application): ApplicationFormValues {
  const a = application;
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    company: {
      name: a?.company.name ?? '', website: a?.company.website ?? '', industry: a?.company.industry ?? '',
      size: a?.company.size ?? '', location: a?.company.location ?? '',
    },
    job: {
      title: a?.job.title ?? '', job_url: a?.job.job_url ?? '', description: a?.job.description ?? '',
      employment_type: a?.job.employment_type ?? '', work_mode: a?.job.work_mode ?? '', experience_level: a?.job.experience_level ?? '',
      salary_min: number(a?.job.salary_min), salary_max: number(a?.job.salary_max), currency: a?.job.currency ?? 'USD',
    },
    application: {
      status: a?.application?.status ?? 'applied',
      applied_date: a ? toDateInput(a.application?.applied_date) : today(),
      source: a?.application?.source ?? '', referral_name: a?.application?.referral_name ?? '',
      resume_version: a?.application?.resume_version ?? '', cover_letter: a?.application?.cover_letter ?? '',
    },
    requirements: {
      skills_required: a?.requirements?.skills_required ?? [], skills_preferred: a?.requirements?.skills_preferred ?? [],
      years_experience: number(a?.requirements?.years_experience), education: a?.requirements?.education ?? '',
    },
    notes: a?.notes ?? '',
    is_favorite: a?.is_favorite ?? false,
  };
}

/** `""` in a number input means "no value" (null), not the invalid number "". */
const numberOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The whole nested document. PUT replaces each sent sub-object whole, so every field is sent,
 * including ones this form does not show (logo_url), to keep them. */
export function toPayload(values: ApplicationFormValues, existing?: Application): CreateApplicationPayload {
  const sameDay = existing && toDateInput(existing.application?.applied_date) === values.application.applied_date;
  const appliedDate = sameDay ? existing.application?.applied_date ?? undefined : fromDateInput(values.application.applied_date);
  return {
    company: { ...values.company, ...(existing?.company.logo_url ? { logo_url: existing.company.logo_url } : {}) },
    job: { ...values.job, salary_min: numberOrNull(values.job.salary_min), salary_max: numberOrNull(values.job.salary_max) },
    application: { ...values.application, ...(appliedDate ? { applied_date: appliedDate } : { applied_date: values.application.applied_date || undefined }) },
    requirements: { ...values.requirements, years_experience: numberOrNull(values.requirements.years_experience) },
    notes: values.notes,
    is_favorite: values.is_favorite,
  };
}

/** The contract's own schema, run on the mapped body: one schema for the form, the tRPC input
 * and the REST document. */
export function applicationFormSchema(existing?: Application) {
  return v.pipe(
    v.custom<ApplicationFormValues>(() => true),
    v.transform((values: ApplicationFormValues) => toPayload(values, existing)),
    CreateApplicationInput,
  );
}

/** Server and schema paths into list items (`requirements.skills_required.0`) point at the list's input. */
export const FORM_FIELDS = new Set([
  'company.name', 'company.website', 'company.industry', 'company.size', 'company.location',
  'job.title', 'job.job_url', 'job.description', 'job.employment_type', 'job.work_mode', 'job.experience_level', 'job.salary_min', 'job.salary_max', 'job.currency',
  'application.status', 'application.applied_date', 'application.source', 'application.referral_name', 'application.resume_version', 'application.cover_letter',
  'requirements.skills_required', 'requirements.skills_preferred', 'requirements.years_experience', 'requirements.education',
  'notes', 'is_favorite',
]);
