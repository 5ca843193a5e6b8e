/** Object mothers for the conformance suites: valid domain objects with overridable fields. */
import type { Application, Company, NewUser, RefreshTokenRecord, Session } from '@jobtracker/core';

let objectIdCounter = 0;
let secretCounter = 0;

/** A fresh 24-hex id shaped like an ObjectId (seconds, then a counter), unique per process. */
export function anObjectId(at: Date = new Date('2025-01-01T00:00:00Z')): string {
  objectIdCounter += 1;
  const seconds = Math.floor(at.getTime() / 1000).toString(16).padStart(8, '0');
  return seconds + objectIdCounter.toString(16).padStart(16, '0');
}

/** A fresh 64-hex id shaped like a SHA-256, as session and refresh-token ids are. */
export function aHashId(): string {
  secretCounter += 1;
  return secretCounter.toString(16).padStart(64, 'a');
}

export const at = (iso: string): Date => new Date(iso);

export function aNewUser(overrides: Partial<NewUser> = {}): NewUser {
  return {
    email: `user${++secretCounter}@example.com`,
    password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    first_name: 'Ada',
    last_name: 'Lovelace',
    phone: null,
    location: null,
    linkedin_url: null,
    github_url: null,
    portfolio_url: null,
    current_role: null,
    years_of_experience: 0,
    bio: null,
    skills: [],
    resume_url: null,
    is_active: true,
    date_joined: at('2025-01-02T03:04:05.678Z'),
    updated_at: at('2025-01-02T03:04:05.678Z'),
    last_login: null,
    ...overrides,
  };
}

export function aSession(userId: number, overrides: Partial<Session> = {}): Session {
  return {
    id: aHashId(),
    user_id: userId,
    created_at: at('2025-03-01T10:00:00.000Z'),
    expires_at: at('2025-03-31T10:00:00.000Z'),
    revoked_at: null,
    ...overrides,
  };
}

export function aRefreshToken(sessionId: string, overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord {
  return {
    id: aHashId(),
    session_id: sessionId,
    expires_at: at('2025-03-08T10:00:00.000Z'),
    used_at: null,
    ...overrides,
  };
}

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

export function aCompany(userId: number, overrides: Partial<Company> = {}): Company {
  return {
    id: anObjectId(),
    user_id: userId,
    name: 'Google',
    website: 'https://google.com',
    industry: 'Technology',
    size: '10000+',
    location: 'Mountain View, CA',
    logo_url: '',
    description: '',
    glassdoor_rating: 4.4,
    notes: '',
    is_favorite: false,
    tags: ['big-tech', 'remote'],
    contact_info: { recruiter_name: 'Grace', recruiter_email: 'grace@google.com' },
    created_at: at('2025-05-24T20:20:00.000Z'),
    updated_at: at('2025-05-24T20:20:00.000Z'),
    ...overrides,
  };
}
