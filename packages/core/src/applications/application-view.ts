/** The parts of an application document that analytics read. A full `Application` is one; the
 * store can also answer with a projection (`ApplicationRepository.findViews`) so a dashboard
 * over thousands of documents does not parse every document whole. */
import type { ApplicationInfo, CompanyInfo, JobInfo, Requirements, TimelineEvent } from './application.js';

export type ApplicationView = {
  company: Pick<CompanyInfo, 'name'>;
  job?: Pick<JobInfo, 'salary_min' | 'salary_max'>;
  application?: Pick<ApplicationInfo, 'status' | 'source' | 'applied_date'>;
  requirements?: Pick<Requirements, 'skills_required'>;
  timeline?: readonly TimelineEvent[];
  created_at?: Date;
};

/** The document paths a view can be asked to carry (besides `company.name`, always present). */
export const VIEW_FIELDS = [
  'application.status',
  'application.source',
  'application.applied_date',
  'created_at',
  'requirements.skills_required',
  'timeline',
  'job.salary_min',
  'job.salary_max',
] as const;

export type ViewField = (typeof VIEW_FIELDS)[number];
