import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../shared/time.js';
import { generateDemoApplications } from './demo-applications.js';
import { DEMO_COMPANIES, DEMO_JOB_TITLES, DEMO_SKILLS, DEMO_SOURCES, statusesForAge } from './demo-catalog.js';
import { DEMO_USER_CREDENTIALS, DEMO_USER_NAME, DEMO_USER_NEW_PROFILE } from './demo-user.js';

const now = new Date('2025-03-15T12:34:56.789Z');

const idCounter = () => {
  let n = 0;
  return () => (n += 1).toString(16).padStart(24, '0');
};
const generate = (count: number, seed = 1) => generateDemoApplications({ count, seed, now, userId: 7, newId: idCounter() });

const EVENTS_BY_STATUS: Record<string, string[]> = {
  applied: ['applied'],
  withdrawn: ['applied'],
  screening: ['applied', 'phone_screen'],
  interview: ['applied', 'phone_screen', 'technical_interview'],
  technical_test: ['applied', 'phone_screen', 'technical_interview'],
  rejected: ['applied', 'phone_screen', 'technical_interview', 'rejection'],
  offer: ['applied', 'phone_screen', 'technical_interview', 'final_round', 'offer_received'],
  accepted: ['applied', 'phone_screen', 'technical_interview', 'final_round', 'offer_received'],
};
const BANDS: Record<string, [number, number, number, number]> = {
  entry: [60_000, 80_000, 15_000, 25_000],
  mid: [80_000, 120_000, 20_000, 40_000],
  senior: [120_000, 160_000, 30_000, 60_000],
  lead: [150_000, 200_000, 40_000, 80_000],
};

describe('generateDemoApplications', () => {
  it('makes exactly `count` applications, with the caller’s ids and user', () => {
    expect(generate(0)).toEqual([]);
    const apps = generate(50);
    expect(apps).toHaveLength(50);
    expect(apps.map((app) => app.id)).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1).toString(16).padStart(24, '0')));
    expect(apps.every((app) => app.user_id === 7)).toBe(true);
    expect(() => generate(-1)).toThrow(RangeError);
    expect(() => generate(1.5)).toThrow(RangeError);
  });

  it('is deterministic for a seed', () => {
    expect(generate(30, 123)).toEqual(generate(30, 123));
    expect(generate(30, 123)).not.toEqual(generate(30, 124));
  });

  const apps = generate(2_000, 2025);

  it('follows the contract distributions field by field', () => {
    for (const app of apps) {
      const created = app.created_at!;
      const daysAgo = (now.getTime() - created.getTime()) / DAY_MS;
      expect(Number.isInteger(daysAgo) && daysAgo >= 1 && daysAgo <= 90).toBe(true);
      expect(app.application?.applied_date).toEqual(created);
      expect(app.updated_at).toEqual(now);

      const company = DEMO_COMPANIES.find((c) => c.name === app.company.name);
      expect(app.company).toEqual(company);
      expect(app.company.website).toBe(`https://${app.company.name.toLowerCase()}.com`);

      const { job } = app;
      expect(DEMO_JOB_TITLES).toContain(job.title);
      expect(job.description).toBe(`Looking for a ${job.title} to join our team.`);
      expect(job.job_url).toBe(`${app.company.website}/careers/${job.title.toLowerCase().replaceAll(' ', '-')}`);
      expect(['full-time', 'part-time', 'contract', 'internship']).toContain(job.employment_type);
      expect(['remote', 'hybrid', 'onsite']).toContain(job.work_mode);
      expect(job.currency).toBe('USD');
      const [minLow, minHigh, spreadLow, spreadHigh] = BANDS[job.experience_level ?? ''] ?? [NaN, NaN, NaN, NaN];
      const min = job.salary_min ?? NaN;
      const spread = (job.salary_max ?? NaN) - min;
      expect(Number.isInteger(min) && min >= minLow && min <= minHigh).toBe(true);
      expect(Number.isInteger(spread) && spread >= spreadLow && spread <= spreadHigh).toBe(true);

      const info = app.application!;
      expect(statusesForAge(daysAgo)).toContain(info.status);
      expect(DEMO_SOURCES).toContain(info.source);
      expect(info.resume_version).toMatch(/^Resume_v[1-5]\.pdf$/);
      expect(info.cover_letter).not.toBe('');
      expect(['', 'John Doe', 'Jane Smith']).toContain(info.referral_name);

      const requirements = app.requirements!;
      const required = requirements.skills_required ?? [];
      const preferred = requirements.skills_preferred ?? [];
      expect(required.length).toBeGreaterThanOrEqual(5);
      expect(required.length).toBeLessThanOrEqual(10);
      expect(preferred.length).toBeGreaterThanOrEqual(2);
      expect(preferred.length).toBeLessThanOrEqual(5);
      for (const list of [required, preferred]) {
        expect(new Set(list).size).toBe(list.length);
        expect(list.every((skill) => (DEMO_SKILLS as readonly string[]).includes(skill))).toBe(true);
      }
      expect([1, 1.5, 2, 3, 4, 5]).toContain(requirements.years_experience);
      expect(["Bachelor's", "Master's", "Bachelor's or equivalent experience"]).toContain(requirements.education);

      expect(app.attachments).toEqual([]);
      expect(typeof app.notes).toBe('string');
      expect(app.company).not.toHaveProperty('logo_url');
    }
  });

  it('builds each timeline as a prefix of the status sequence, never after now', () => {
    for (const app of apps) {
      const timeline = app.timeline ?? [];
      const expected = EVENTS_BY_STATUS[app.application?.status ?? ''] ?? [];
      expect(timeline.length).toBeGreaterThanOrEqual(1);
      expect(timeline.length).toBeLessThanOrEqual(5);
      expect(timeline.map((event) => event.event_type)).toEqual(expected.slice(0, timeline.length));
      expect(timeline[0]?.date).toEqual(app.application?.applied_date);
      let previous = 0;
      for (const event of timeline) {
        const time = event.date!.getTime();
        expect(time).toBeLessThanOrEqual(now.getTime());
        expect(time).toBeGreaterThanOrEqual(previous);
        previous = time;
        const needsInterviewer = ['phone_screen', 'technical_interview', 'final_round'].includes(event.event_type ?? '');
        expect(Boolean(event.interviewer_name)).toBe(needsInterviewer);
        expect(event.interview_type).toBe(event.event_type === 'technical_interview' ? 'video' : undefined);
      }
    }
  });

  it('covers every company, title, source and status with roughly the stated frequencies', () => {
    const countBy = (key: (app: (typeof apps)[number]) => unknown) => {
      const counts = new Map<unknown, number>();
      for (const app of apps) counts.set(key(app), (counts.get(key(app)) ?? 0) + 1);
      return counts;
    };
    expect(countBy((app) => app.company.name).size).toBe(20);
    expect(countBy((app) => app.job.title).size).toBe(15);
    expect(countBy((app) => app.application?.source).size).toBe(7);
    expect(countBy((app) => app.application?.status).size).toBe(8);
    const favourites = apps.filter((app) => app.is_favorite).length / apps.length;
    expect(favourites).toBeGreaterThan(0.21);
    expect(favourites).toBeLessThan(0.29);
    const referrals = apps.filter((app) => app.application?.referral_name !== '').length / apps.length;
    expect(referrals).toBeGreaterThan(0.35); // 2/5 expected
    expect(referrals).toBeLessThan(0.45);
    const withoutNotes = apps.filter((app) => app.notes === '').length / apps.length;
    expect(withoutNotes).toBeGreaterThan(0.13); // 1/6 expected
    expect(withoutNotes).toBeLessThan(0.2);
  });
});

describe('demo user', () => {
  it('has the contract credentials and profile', () => {
    expect(DEMO_USER_CREDENTIALS).toEqual({ email: 'demo@example.com', password: 'DemoPass123!' });
    expect(DEMO_USER_NAME).toEqual({ first_name: 'Demo', last_name: 'User' });
    expect(DEMO_USER_NEW_PROFILE).toEqual({
      skills: ['Python', 'Django', 'React', 'MongoDB', 'AWS', 'Docker'],
      years_of_experience: 1.5,
      current_role: 'Backend Developer',
    });
  });
});
