/** The CSV exports the importer recognises by their headers, and the header names each field
 * goes by in trackers and hand-made sheets.
 *
 * Sources: our own export is `APPLICATIONS_CSV_HEADER` in core. The other trackers' headers were
 * written from their export files and help pages as we know them (Huntr's job export, Teal's job
 * tracker export, Simplify's tracker export) and from common spreadsheet templates; they could not
 * be checked against current files here. A tracker that renames a column still imports: every
 * header is also matched against the synonyms below, and the person can correct any column in
 * the preview. */
import { APPLICATIONS_CSV_HEADER } from '../exports/csv/applications-csv.js';
import type { ImportField } from './import-fields.js';

export type TrackerFormatId = 'jobtracker' | 'huntr' | 'teal' | 'simplify' | 'spreadsheet';

export type TrackerFormat = {
  id: TrackerFormatId;
  label: string;
  /** Normalised headers that all appear in this tracker's export and together identify it. */
  signature: readonly string[];
  /** Headers whose meaning in this export differs from the general synonyms. */
  columns: Readonly<Record<string, ImportField>>;
};

/** Lowercase letters and digits only: "Date Applied", "date_applied" and "Date applied:" agree. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const OWN_EXPORT: Record<string, ImportField> = {
  company: 'company',
  jobtitle: 'job_title',
  status: 'status',
  applieddate: 'applied_date',
  source: 'source',
  employmenttype: 'employment_type',
  workmode: 'work_mode',
  experiencelevel: 'experience_level',
  salarymin: 'salary_min',
  salarymax: 'salary_max',
  location: 'location',
  industry: 'industry',
  notes: 'notes',
};

export const TRACKER_FORMATS: readonly TrackerFormat[] = [
  {
    id: 'jobtracker',
    label: 'Job Tracker export',
    signature: APPLICATIONS_CSV_HEADER.map(normaliseHeader),
    columns: OWN_EXPORT,
  },
  {
    id: 'huntr',
    label: 'Huntr',
    // Huntr calls the stage column "List" (the board's lists: Wishlist, Applied, Interview...).
    signature: ['employer', 'list'],
    columns: { employer: 'company', title: 'job_title', jobtitle: 'job_title', list: 'status', url: 'job_url', createdat: 'added_date', dateadded: 'added_date' },
  },
  {
    id: 'teal',
    label: 'Teal',
    signature: ['jobposition', 'company', 'status'],
    columns: {
      jobposition: 'job_title',
      datesaved: 'added_date',
      dateapplied: 'applied_date',
      jobpostingurl: 'job_url',
      minsalary: 'salary_min',
      maxsalary: 'salary_max',
    },
  },
  {
    id: 'simplify',
    label: 'Simplify',
    signature: ['companyname', 'jobtitle', 'status', 'appliedon'],
    columns: { companyname: 'company', appliedon: 'applied_date', joblink: 'job_url' },
  },
];

/** Header names per field, normalised, from trackers and common sheets (English). */
export const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  company: ['company', 'companyname', 'employer', 'organization', 'organisation', 'firm', 'arbeitgeber', 'entreprise', 'empresa'],
  job_title: ['jobtitle', 'title', 'position', 'role', 'jobposition', 'job', 'positiontitle', 'roletitle', 'stelle', 'poste'],
  status: ['status', 'stage', 'applicationstatus', 'list', 'state', 'progress'],
  applied_date: ['applieddate', 'dateapplied', 'appliedon', 'applicationdate', 'datesubmitted', 'submitted', 'date', 'applied'],
  added_date: ['dateadded', 'datesaved', 'createdat', 'created', 'added', 'saved', 'datecreated', 'dateposted'],
  source: ['source', 'jobsource', 'foundon', 'foundvia', 'channel', 'platform', 'jobboard', 'howapplied', 'appliedvia', 'via'],
  job_url: ['joburl', 'url', 'link', 'joblink', 'postingurl', 'jobpostingurl', 'posting', 'jobposting', 'listing', 'applicationlink'],
  location: ['location', 'city', 'place', 'joblocation', 'ort'],
  work_mode: ['workmode', 'remote', 'workplace', 'workplacetype', 'remoteonsite', 'onsiteremote', 'arrangement', 'worktype'],
  employment_type: ['employmenttype', 'jobtype', 'type', 'contracttype', 'fulltimeparttime'],
  experience_level: ['experiencelevel', 'seniority', 'level', 'senioritylevel'],
  salary_min: ['salarymin', 'minsalary', 'minimumsalary', 'salaryfrom', 'paymin'],
  salary_max: ['salarymax', 'maxsalary', 'maximumsalary', 'salaryto', 'paymax'],
  salary: ['salary', 'pay', 'compensation', 'salaryrange', 'payrange', 'gehalt'],
  industry: ['industry', 'sector'],
  company_website: ['companywebsite', 'website', 'companyurl', 'companysite', 'employerdomain', 'domain'],
  job_description: ['jobdescription', 'description', 'jobdetails'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'details'],
  contact: ['contact', 'contactperson', 'contactname', 'recruiter', 'hiringmanager', 'recruitername', 'ansprechpartner', 'referrer'],
  resume_version: ['resumeversion', 'resume', 'cv', 'cvversion', 'resumeused'],
  referral_name: ['referral', 'referralname', 'referredby'],
};
