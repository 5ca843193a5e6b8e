/** Demo data (contract section 11): the demo account and seeded, reproducible applications. */
export { generateDemoApplications } from './demo-applications.js';
export type { DemoApplicationsOptions } from './demo-applications.js';
export {
  DEMO_COMPANIES,
  DEMO_JOB_TITLES,
  DEMO_SKILLS,
  DEMO_SOURCES,
  statusesForAge,
} from './demo-catalog.js';
export { DEMO_DEFAULT_COUNT, DEMO_USER_CREDENTIALS, DEMO_USER_NAME, DEMO_USER_NEW_PROFILE } from './demo-user.js';
export { seededRandom } from './seeded-random.js';
export type { Random } from './seeded-random.js';
export { seedDemoAccount, seedNewDemoAccount } from './seed-demo-account.js';
export type { SeedCommand, SeedDeps, SeedResult } from './seed-demo-account.js';
