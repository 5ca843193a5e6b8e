/** Demo applications with the distributions of the original seed script (contract section 11),
 * reproducible from a seed. */
import type { Application, TimelineEvent } from '../applications/application.js';
import { addDays } from '../shared/time.js';
import {
  DEMO_COMPANIES,
  DEMO_COVER_LETTER,
  DEMO_EDUCATION,
  DEMO_EMPLOYMENT_TYPES,
  DEMO_INTERVIEWERS,
  DEMO_JOB_TITLES,
  DEMO_LEVELS,
  DEMO_NOTES,
  DEMO_REFERRALS,
  DEMO_SALARY_BANDS,
  DEMO_SKILLS,
  DEMO_SOURCES,
  DEMO_WORK_MODES,
  DEMO_YEARS_EXPERIENCE,
  statusesForAge,
} from './demo-catalog.js';
import type { Random } from './seeded-random.js';
import { seededRandom } from './seeded-random.js';

export type DemoApplicationsOptions = {
  count: number;
  /** The same seed (and `now`) gives the same applications. */
  seed: number;
  now: Date;
  userId: number;
  /** Returns a new 24-hex ObjectId; ids are the caller's, so they never depend on the seed. */
  newId: () => string;
};

const WITH_TECHNICAL = new Set(['interview', 'technical_test', 'offer', 'rejected', 'accepted']);
const WITH_OFFER = new Set(['offer', 'accepted']);

/** The timeline is built in the original's order and cut to its first 1..5 events. Unlike the
 * original (defect 33), events that would fall after `now` are dropped, not stored in the future:
 * since events are in date order this only shortens the timeline, and a date is never moved, so
 * the gaps between events keep the original's distribution. */
function demoTimeline(random: Random, status: string, applied: Date, now: Date): TimelineEvent[] {
  const events: TimelineEvent[] = [{ date: applied, event_type: 'applied', title: 'Application Submitted' }];
  let date = applied;
  const later = (minDays: number, maxDays: number): Date => (date = addDays(date, random.int(minDays, maxDays)));
  const interviewer = (): string => random.pick(DEMO_INTERVIEWERS);
  if (status !== 'applied' && status !== 'withdrawn') {
    events.push({ date: later(1, 7), event_type: 'phone_screen', title: 'Phone Screen', interviewer_name: interviewer() });
  }
  if (WITH_TECHNICAL.has(status)) {
    events.push({
      date: later(3, 5),
      event_type: 'technical_interview',
      title: 'Technical Interview',
      interviewer_name: interviewer(),
      interview_type: 'video',
    });
  }
  if (WITH_OFFER.has(status)) {
    events.push({ date: later(5, 7), event_type: 'final_round', title: 'Final Round Interview', interviewer_name: interviewer() });
    events.push({ date: later(2, 4), event_type: 'offer_received', title: 'Offer Received' });
  }
  if (status === 'rejected') events.push({ date: later(1, 3), event_type: 'rejection', title: 'Application Rejected' });
  return events.slice(0, random.int(1, 5)).filter((event) => (event.date?.getTime() ?? 0) <= now.getTime());
}

function demoApplication(random: Random, { now, userId, newId }: DemoApplicationsOptions): Application {
  const daysAgo = random.int(1, 90);
  // Keeps the current time of day, as the original (now - timedelta(days=n)).
  const applied = addDays(now, -daysAgo);
  const company = random.pick(DEMO_COMPANIES);
  const title = random.pick(DEMO_JOB_TITLES);
  const status = random.pick(statusesForAge(daysAgo));
  const level = random.pick(DEMO_LEVELS);
  const [minLow, minHigh, spreadLow, spreadHigh] = DEMO_SALARY_BANDS[level];
  const salaryMin = random.int(minLow, minHigh);
  const salaryMax = salaryMin + random.int(spreadLow, spreadHigh);
  const source = random.pick(DEMO_SOURCES);
  return {
    id: newId(),
    user_id: userId,
    company: { ...company },
    job: {
      title,
      description: `Looking for a ${title} to join our team.`,
      job_url: `${company.website}/careers/${title.toLowerCase().replaceAll(' ', '-')}`,
      employment_type: random.pick(DEMO_EMPLOYMENT_TYPES),
      work_mode: random.pick(DEMO_WORK_MODES),
      experience_level: level,
      salary_min: salaryMin,
      salary_max: salaryMax,
      currency: 'USD',
    },
    application: {
      applied_date: applied,
      source,
      status,
      resume_version: `Resume_v${random.int(1, 5)}.pdf`,
      cover_letter: DEMO_COVER_LETTER,
      referral_name: random.pick(DEMO_REFERRALS),
    },
    requirements: {
      skills_required: random.sample(DEMO_SKILLS, random.int(5, 10)),
      skills_preferred: random.sample(DEMO_SKILLS, random.int(2, 5)),
      years_experience: random.pick(DEMO_YEARS_EXPERIENCE),
      education: random.pick(DEMO_EDUCATION),
    },
    timeline: demoTimeline(random, status, applied, now),
    attachments: [],
    notes: random.pick(DEMO_NOTES),
    is_favorite: random.chance(1 / 4),
    created_at: applied,
    updated_at: now,
  };
}

/** `count` demo applications for `userId`, created between 1 and 90 days before `now`. */
export function generateDemoApplications(options: DemoApplicationsOptions): Application[] {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError('count must be a non-negative integer');
  const random = seededRandom(options.seed);
  return Array.from({ length: options.count }, () => demoApplication(random, options));
}
