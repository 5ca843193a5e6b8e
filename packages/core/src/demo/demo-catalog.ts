/** The fixed lists the demo data is drawn from (contract section 11). */
import type { CompanyInfo } from '../applications/application.js';

type SeedCompany = Required<Pick<CompanyInfo, 'name' | 'industry' | 'size' | 'location'>>;

const COMPANY_ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Google', 'Technology', '10000+', 'Mountain View, CA'],
  ['Microsoft', 'Technology', '10000+', 'Redmond, WA'],
  ['Amazon', 'E-commerce', '10000+', 'Seattle, WA'],
  ['Meta', 'Technology', '10000+', 'Menlo Park, CA'],
  ['Apple', 'Technology', '10000+', 'Cupertino, CA'],
  ['Netflix', 'Entertainment', '5000-10000', 'Los Gatos, CA'],
  ['Tesla', 'Automotive', '10000+', 'Palo Alto, CA'],
  ['Airbnb', 'Travel', '5000-10000', 'San Francisco, CA'],
  ['Uber', 'Transportation', '10000+', 'San Francisco, CA'],
  ['Spotify', 'Music', '5000-10000', 'Stockholm, Sweden'],
  ['LinkedIn', 'Technology', '10000+', 'Sunnyvale, CA'],
  ['Twitter', 'Social Media', '5000-10000', 'San Francisco, CA'],
  ['Salesforce', 'Software', '10000+', 'San Francisco, CA'],
  ['Adobe', 'Software', '10000+', 'San Jose, CA'],
  ['Oracle', 'Software', '10000+', 'Austin, TX'],
  ['IBM', 'Technology', '10000+', 'Armonk, NY'],
  ['Intel', 'Hardware', '10000+', 'Santa Clara, CA'],
  ['Nvidia', 'Hardware', '10000+', 'Santa Clara, CA'],
  ['Stripe', 'Fintech', '1000-5000', 'San Francisco, CA'],
  ['Shopify', 'E-commerce', '5000-10000', 'Ottawa, Canada'],
];

/** The 20 companies, each with `website` = `https://<lowercased name>.com` (no logo_url). */
export const DEMO_COMPANIES: ReadonlyArray<Readonly<SeedCompany & { website: string }>> = COMPANY_ROWS.map(
  ([name, industry, size, location]) => ({ name, website: `https://${name.toLowerCase()}.com`, industry, size, location }),
);

export const DEMO_JOB_TITLES = [
  'Backend Developer',
  'Frontend Developer',
  'Full Stack Developer',
  'Software Engineer',
  'Senior Software Engineer',
  'DevOps Engineer',
  'Data Engineer',
  'Machine Learning Engineer',
  'Python Developer',
  'Django Developer',
  'React Developer',
  'Cloud Engineer',
  'Solutions Architect',
  'Technical Lead',
  'Engineering Manager',
] as const;

export const DEMO_SKILLS = [
  'Python', 'Django', 'Flask', 'FastAPI', 'JavaScript', 'React', 'Vue.js', 'Angular', 'Node.js',
  'Express.js', 'MongoDB', 'PostgreSQL', 'MySQL', 'Redis', 'Docker', 'Kubernetes', 'AWS', 'Azure',
  'GCP', 'Git', 'CI/CD', 'REST API', 'GraphQL', 'Microservices', 'Agile', 'Scrum', 'TDD',
  'Machine Learning',
] as const;

export const DEMO_SOURCES = ['LinkedIn', 'Indeed', 'Company Website', 'Referral', 'Recruiter', 'AngelList', 'Glassdoor'] as const;
export const DEMO_EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship'] as const;
export const DEMO_WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;

/** Salary ranges per experience level: [min low, min high, spread low, spread high]. */
export const DEMO_SALARY_BANDS = {
  entry: [60_000, 80_000, 15_000, 25_000],
  mid: [80_000, 120_000, 20_000, 40_000],
  senior: [120_000, 160_000, 30_000, 60_000],
  lead: [150_000, 200_000, 40_000, 80_000],
} as const;
export type DemoLevel = keyof typeof DEMO_SALARY_BANDS;
export const DEMO_LEVELS = Object.keys(DEMO_SALARY_BANDS) as DemoLevel[];

/** Status choices by age in days (contract 11). */
export const statusesForAge = (daysAgo: number): readonly string[] =>
  daysAgo < 7
    ? ['applied', 'screening', 'interview']
    : daysAgo < 30
      ? ['applied', 'screening', 'interview', 'technical_test', 'rejected', 'withdrawn']
      : ['rejected', 'withdrawn', 'offer', 'accepted'];

export const DEMO_YEARS_EXPERIENCE = [1, 1.5, 2, 3, 4, 5] as const;
export const DEMO_EDUCATION = ["Bachelor's", "Master's", "Bachelor's or equivalent experience"] as const;
export const DEMO_COVER_LETTER = 'I am excited to apply for this position and believe my skills are a great match.';
/** "" three times out of five, as in the original. */
export const DEMO_REFERRALS = ['', '', '', 'John Doe', 'Jane Smith'] as const;
/** Five sentences and "", uniformly. */
export const DEMO_NOTES = [
  'Great company culture!',
  'Interesting tech stack.',
  'Remote-friendly team.',
  'Good growth opportunities.',
  'Competitive benefits package.',
  '',
] as const;
export const DEMO_INTERVIEWERS = ['Sarah Johnson', 'Michael Chen', 'Emily Davis', 'David Wilson', 'Jessica Martinez'] as const;
