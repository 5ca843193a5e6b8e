/** The application document as stored (contract section 2.2). Keys are optional where stored
 * documents may lack them (seeded or imported data); rendering decides how absence shows. */
export const APPLICATION_STATUSES = [
  'applied',
  'screening',
  'interview',
  'technical_test',
  'offer',
  'rejected',
  'accepted',
  'withdrawn',
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type CompanyInfo = {
  name: string;
  website?: string;
  industry?: string;
  size?: string;
  location?: string;
  logo_url?: string;
};

export type JobInfo = {
  title: string;
  description?: string;
  job_url?: string;
  employment_type?: string;
  work_mode?: string;
  experience_level?: string;
  salary_min?: number | null;
  salary_max?: number | null;
  currency?: string;
};

export type ApplicationInfo = {
  applied_date?: Date | null;
  source?: string;
  /** Any string on create/PUT (the contract does not enforce the list there). */
  status?: string | null;
  resume_version?: string;
  cover_letter?: string;
  referral_name?: string;
};

export type Requirements = {
  skills_required?: string[];
  skills_preferred?: string[];
  years_experience?: number | null;
  education?: string;
};

export type TimelineEvent = {
  date?: Date | null;
  event_type?: string | null;
  title?: string;
  notes?: string;
  interviewer_name?: string;
  interview_type?: string;
  /** Set only by the "close as no response" use case (never by the timeline endpoint, whose
   * input has no such key), so statistics can tell a closing from any event a client posted. */
  closed_as?: typeof NO_RESPONSE;
};

/** The outcome "the employer never answered": kept apart from rejections everywhere. */
export const NO_RESPONSE = 'no_response';

/** A day in the user's calendar, `YYYY-MM-DD`: follow-ups and deadlines are days, not instants,
 * so they mean the same day wherever the user is. */
export type CalendarDate = string;

/** What the user means to do next about an application, and by when. */
export type NextAction = {
  date: CalendarDate;
  text: string;
};

export type Attachment = {
  filename: string;
  original_name: string;
  file_path: string;
  file_url: string;
  file_size: number;
  file_type: string;
  uploaded_at: Date;
};

export type Application = {
  /** 24 lowercase hex characters (an ObjectId). */
  id: string;
  user_id: number;
  company: CompanyInfo;
  job: JobInfo;
  application?: ApplicationInfo;
  requirements?: Requirements;
  timeline?: TimelineEvent[];
  attachments?: Attachment[];
  notes?: string;
  is_favorite?: boolean;
  /** Set on applications created by a CSV import: the row's fingerprint, unique per user, so
   * importing the same file again creates nothing. Never shown in the contract's outputs. */
  import_fingerprint?: string;
  /** Absent until set; null once cleared. */
  next_action?: NextAction | null;
  /** The last day to apply (meant for jobs saved but not yet applied to); null once cleared. */
  deadline?: CalendarDate | null;
  created_at?: Date;
  updated_at?: Date;
};

/** The status as the statistics count it: null when none is stored. */
export function statusOf(application: { application?: { status?: string | null | undefined } | undefined }): string | null {
  return application.application?.status ?? null;
}
