/** The parts of an application document that analytics and the applications CSV read. A full
 * `Application` is one; the store can also answer with a projection
 * (`ApplicationRepository.findViews`, `streamViews`) so a dashboard or an export over thousands
 * of documents does not parse every document whole. */
import type {
  ApplicationInfo,
  CalendarDate,
  CompanyInfo,
  JobInfo,
  NextAction,
  Requirements,
  TimelineEvent,
} from './application.js';

export type ApplicationView = {
  id?: string;
  company: Pick<CompanyInfo, 'name'> & Partial<Pick<CompanyInfo, 'location' | 'industry'>>;
  job?: Partial<Pick<JobInfo, 'salary_min' | 'salary_max' | 'title' | 'employment_type' | 'work_mode' | 'experience_level'>>;
  application?: Pick<ApplicationInfo, 'status' | 'source' | 'applied_date' | 'resume_version'>;
  requirements?: Pick<Requirements, 'skills_required' | 'skills_preferred'>;
  timeline?: readonly TimelineEvent[];
  next_action?: NextAction | null;
  deadline?: CalendarDate | null;
  created_at?: Date;
  notes?: string;
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
  'id',
  'job.title',
  'application.resume_version',
  'requirements.skills_preferred',
  'next_action',
  'deadline',
  'company.location',
  'company.industry',
  'job.employment_type',
  'job.work_mode',
  'job.experience_level',
  'notes',
] as const;

export type ViewField = (typeof VIEW_FIELDS)[number];
