/** A minimal ApplicationObject renderer (contract 2.3) for the company endpoints, used until the
 * applications feature's mapper (`mappers/application.mapper.ts`) exists; then switch to it. */
import { formatDateTime, type ApplicationObject } from '@jobtracker/contracts';
import type { Application } from '@jobtracker/core';

type Json = Record<string, unknown>;

/** Copies the keys present in `source`, in `keys` order; `fill` supplies values for absent keys. */
function pick(source: object, keys: readonly string[], fill: Json = {}): Json {
  const record = source as Json;
  const out: Json = {};
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined) out[key] = value instanceof Date ? formatDateTime(value) : value;
    else if (key in fill) out[key] = fill[key];
  }
  return out;
}

export function toApplicationObjectLocal(application: Application, now: Date): ApplicationObject {
  // The original renders an absent date as the current time (a quirk of contract 2.3).
  const nowText = formatDateTime(now);
  const out: Json = {
    id: application.id,
    user_id: application.user_id,
    company: pick(application.company, ['name', 'website', 'industry', 'size', 'location', 'logo_url']),
    job: pick(
      application.job,
      ['title', 'description', 'job_url', 'employment_type', 'work_mode', 'experience_level', 'salary_min', 'salary_max', 'currency'],
      { salary_min: null, salary_max: null, currency: 'USD' },
    ),
  };
  if (application.application !== undefined) {
    out['application'] = pick(
      application.application,
      ['applied_date', 'source', 'status', 'resume_version', 'cover_letter', 'referral_name'],
      { applied_date: nowText, status: 'applied' },
    );
  }
  if (application.requirements !== undefined) {
    out['requirements'] = pick(
      application.requirements,
      ['skills_required', 'skills_preferred', 'years_experience', 'education'],
      { skills_required: [], skills_preferred: [], years_experience: null },
    );
  }
  out['timeline'] = (application.timeline ?? []).map((event) =>
    pick(event, ['date', 'event_type', 'title', 'notes', 'interviewer_name', 'interview_type'], { date: nowText }),
  );
  out['attachments'] = (application.attachments ?? []).map((attachment) =>
    pick(attachment, ['filename', 'file_url', 'uploaded_at', 'file_type'], { uploaded_at: nowText }),
  );
  if (application.notes !== undefined) out['notes'] = application.notes;
  out['is_favorite'] = application.is_favorite ?? false;
  if (application.created_at !== undefined) out['created_at'] = formatDateTime(application.created_at);
  if (application.updated_at !== undefined) out['updated_at'] = formatDateTime(application.updated_at);
  return out as ApplicationObject;
}
