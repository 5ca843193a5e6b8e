/** Test-only: varied applications for the PDF report tests. */
import { addDays, type Application } from '@jobtracker/core';
import { buildApplication } from '@jobtracker/core/testing';

export const REPORT_NOW = new Date('2025-03-15T12:00:00Z');

const STATUSES = ['applied', 'screening', 'interview', 'technical_test', 'offer', 'rejected', 'accepted', 'withdrawn'];
const COMPANIES = ['Google', 'Łódź Software House', '東京テック株式会社', 'Meta', 'Stripe', 'Ærøskøbing Data ApS'];
const TITLES = ['Backend Developer', 'Senior Software Engineer', 'データエンジニア', 'Solutions Architect with a very long title indeed'];
const SOURCES = ['LinkedIn', 'Referral', '', 'Company Website'];

/** `count` applications spread over the 120 days before REPORT_NOW, every status, some with
 * null salary_max, null status, no source or no applied date. */
export function reportApplications(count: number): Application[] {
  return Array.from({ length: count }, (_, i) => {
    const created = addDays(REPORT_NOW, -((i * 7) % 120) - 1);
    const status = i % 11 === 10 ? null : STATUSES[i % STATUSES.length];
    return buildApplication({
      company: { name: COMPANIES[i % COMPANIES.length] ?? 'Acme' },
      job: {
        title: TITLES[i % TITLES.length] ?? 'Engineer',
        salary_min: i % 5 === 4 ? null : 60_000 + (i % 9) * 10_000,
        salary_max: i % 3 === 2 ? null : 100_000 + (i % 9) * 12_500,
      },
      application: {
        status,
        source: i % 13 === 12 ? undefined : SOURCES[i % SOURCES.length],
        applied_date: i % 17 === 16 ? null : created,
      },
      created_at: created,
    });
  });
}
