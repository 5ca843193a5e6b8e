import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../applications/application.js';
import { salaryInsights } from './salary-insights.js';
import { buildApplication } from '../testing/index.js';

const salaries = (...jobs: Array<Partial<JobInfo>>) => jobs.map((job) => buildApplication({ job: { title: 'Dev', ...job } }));
const zeros = { average_min: 0, average_max: 0, lowest: 0, highest: 0, total_with_salary: 0 };

describe('salaryInsights', () => {
  it.each([
    ['no applications', [], zeros],
    ['no salary_min anywhere', salaries({}, { salary_min: null, salary_max: 90_000 }), zeros],
    [
      'minimums but no maximum (the original returned 500)',
      salaries({ salary_min: 50_000 }, { salary_min: 70_000, salary_max: null }),
      { average_min: 60_000, average_max: 0, lowest: 50_000, highest: 0, total_with_salary: 2 },
    ],
    [
      'max only counted where min exists; missing max ignored in its mean',
      salaries(
        { salary_min: 80_000, salary_max: 120_000 },
        { salary_min: 60_000, salary_max: null },
        { salary_min: 100_000, salary_max: 150_000, currency: 'EUR' },
        { salary_min: null, salary_max: 200_000 },
        { salary_max: 300_000 },
      ),
      { average_min: 80_000, average_max: 135_000, lowest: 60_000, highest: 150_000, total_with_salary: 3 },
    ],
    [
      'means round half to even; a zero minimum counts',
      salaries({ salary_min: 0, salary_max: 3 }, { salary_min: 5, salary_max: 2 }),
      { average_min: 2, average_max: 2, lowest: 0, highest: 3, total_with_salary: 2 },
    ],
    [
      'mean 3.5 rounds up to 4',
      salaries({ salary_min: 3, salary_max: 10 }, { salary_min: 4, salary_max: 11 }),
      { average_min: 4, average_max: 10, lowest: 3, highest: 11, total_with_salary: 2 },
    ],
  ])('%s', (_name, apps, expected) => {
    const result = salaryInsights(apps);
    expect(result).toEqual(expected);
    expect(Object.keys(result)).toEqual(['average_min', 'average_max', 'lowest', 'highest', 'total_with_salary']);
  });
});
