/** Test data builders ("object mothers") for application documents: one shape, three starting
 * points. Top-level keys of the overrides replace the defaults whole, so a test states every
 * nested value it depends on. */
import type { Application } from '../applications/application.js';
import { anObjectId, at } from './basic-builders.js';

/** The smallest valid application: only the two required keys, nothing else present. */
export function aMinimalApplication(userId: number, overrides: Partial<Application> = {}): Application {
  return {
    id: anObjectId(),
    user_id: userId,
    company: { name: 'Acme' },
    job: { title: 'Engineer' },
    ...overrides,
  };
}

/** User 1's application as the analytics and export tests start from: status `applied` from
 * LinkedIn, empty timeline and attachments, no dates. */
export function buildApplication(overrides: Partial<Application> = {}): Application {
  return aMinimalApplication(1, {
    application: { status: 'applied', source: 'LinkedIn' },
    timeline: [],
    attachments: [],
    ...overrides,
  });
}

/** An application as the API creates it, every key present. */
export function anApplication(userId: number, overrides: Partial<Application> = {}): Application {
  const created = overrides.created_at ?? at('2025-05-24T20:15:31.123Z');
  return {
    id: anObjectId(created),
    user_id: userId,
    company: {
      name: 'Google',
      website: 'https://google.com',
      industry: 'Technology',
      size: '10000+',
      location: 'Mountain View, CA',
      logo_url: '',
    },
    job: {
      title: 'Backend Developer',
      description: 'Work on backend systems',
      job_url: 'https://careers.google.com/1',
      employment_type: 'full-time',
      work_mode: 'remote',
      experience_level: 'mid',
      salary_min: 80000,
      salary_max: 120000,
      currency: 'USD',
    },
    application: {
      applied_date: at('2025-05-20T09:00:00.000Z'),
      source: 'LinkedIn',
      status: 'applied',
      resume_version: 'v2',
      cover_letter: '',
      referral_name: '',
    },
    requirements: {
      skills_required: ['Python', 'Django'],
      skills_preferred: ['MongoDB'],
      years_experience: 2.5,
      education: 'BSc',
    },
    timeline: [
      {
        date: at('2025-05-22T14:30:00.250Z'),
        event_type: 'phone_screen',
        title: 'Recruiter call',
        notes: 'Went well',
        interviewer_name: 'Grace',
        interview_type: 'phone',
      },
    ],
    attachments: [
      {
        filename: 'cv.pdf',
        original_name: 'cv.pdf',
        file_path: `uploads/${userId}/document/0b9c.pdf`,
        file_url: `/media/uploads/${userId}/document/0b9c.pdf`,
        file_size: 12345,
        file_type: 'pdf',
        uploaded_at: at('2025-05-23T08:00:00.999Z'),
      },
    ],
    notes: 'Really interested in this role!',
    is_favorite: false,
    created_at: created,
    updated_at: created,
    ...overrides,
  };
}
