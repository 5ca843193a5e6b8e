/** Application document -> the contract's ApplicationObject (2.3): known keys only, in the
 * contract's order, with DRF's rendering of absent keys (absent optional strings stay absent,
 * a few keys get defaults, missing dates render as the current time), then the additive
 * follow-up keys when set. */
import { formatDateTime, type ApplicationObject } from '@jobtracker/contracts';
import type { Application, ApplicationInfo, Attachment, CompanyInfo, JobInfo, Requirements, TimelineEvent } from '@jobtracker/core';

type Out = Record<string, unknown>;

/** Copies the keys that are present (a stored null stays null). */
function copyPresent<T extends object>(out: Out, source: T, keys: ReadonlyArray<keyof T & string>): void {
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
}

/** Absent renders as the current time (a DRF quirk the contract keeps); null stays null. */
function dateOrNow(value: Date | null | undefined, now: Date): string | null {
  if (value === null) return null;
  return formatDateTime(value ?? now);
}

function optionalDate(value: Date | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : formatDateTime(value);
}

function toCompany(company: CompanyInfo): Out {
  const out: Out = { name: company.name };
  copyPresent(out, company, ['website', 'industry', 'size', 'location', 'logo_url']);
  return out;
}

function toJob(job: JobInfo): Out {
  const out: Out = { title: job.title };
  copyPresent(out, job, ['description', 'job_url', 'employment_type', 'work_mode', 'experience_level']);
  out['salary_min'] = job.salary_min ?? null;
  out['salary_max'] = job.salary_max ?? null;
  out['currency'] = job.currency === undefined ? 'USD' : job.currency;
  return out;
}

function toApplicationInfo(info: ApplicationInfo, now: Date): Out {
  const out: Out = { applied_date: dateOrNow(info.applied_date, now) };
  copyPresent(out, info, ['source']);
  out['status'] = info.status === undefined ? 'applied' : info.status;
  copyPresent(out, info, ['resume_version', 'cover_letter', 'referral_name']);
  return out;
}

function toRequirements(requirements: Requirements): Out {
  const out: Out = {
    skills_required: [...(requirements.skills_required ?? [])],
    skills_preferred: [...(requirements.skills_preferred ?? [])],
    years_experience: requirements.years_experience ?? null,
  };
  copyPresent(out, requirements, ['education']);
  return out;
}

function toTimelineEvent(event: TimelineEvent, now: Date): Out {
  const out: Out = { date: dateOrNow(event.date, now), event_type: event.event_type ?? null };
  copyPresent(out, event, ['title', 'notes', 'interviewer_name', 'interview_type', 'closed_as']);
  return out;
}

/** Only four of the seven stored keys are shown. */
function toAttachment(attachment: Attachment, now: Date): Out {
  const out: Out = {
    filename: attachment.filename,
    file_url: attachment.file_url,
    uploaded_at: dateOrNow(attachment.uploaded_at, now),
  };
  copyPresent(out, attachment, ['file_type']);
  return out;
}

export function toApplicationObject(application: Application, now: Date): ApplicationObject {
  const out: Out = {
    id: application.id,
    user_id: application.user_id,
    company: toCompany(application.company),
    job: toJob(application.job),
  };
  if (application.application !== undefined) out['application'] = toApplicationInfo(application.application, now);
  if (application.requirements !== undefined) out['requirements'] = toRequirements(application.requirements);
  out['timeline'] = (application.timeline ?? []).map((event) => toTimelineEvent(event, now));
  out['attachments'] = (application.attachments ?? []).map((attachment) => toAttachment(attachment, now));
  if (application.notes !== undefined) out['notes'] = application.notes;
  out['is_favorite'] = application.is_favorite ?? false;
  const createdAt = optionalDate(application.created_at);
  if (createdAt !== undefined) out['created_at'] = createdAt;
  const updatedAt = optionalDate(application.updated_at);
  if (updatedAt !== undefined) out['updated_at'] = updatedAt;
  // Additive keys after the contract's own, only once set, so documents without them render
  // exactly as before.
  if (application.next_action !== undefined) out['next_action'] = application.next_action === null ? null : { date: application.next_action.date, text: application.next_action.text };
  if (application.deadline !== undefined) out['deadline'] = application.deadline;
  return out as ApplicationObject;
}
