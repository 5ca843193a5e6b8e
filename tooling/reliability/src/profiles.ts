/** How hard each part pushes: `full` for `npm run test:reliability` (a minute of load, more
 * crash rounds and fuzz cases), `ci` for the short run inside `npm test`. */
import type { CrashSettings } from './crash/run-crash.js';
import type { FuzzSettings } from './fuzz/run-fuzz.js';
import type { LoadSettings } from './load/run-load.js';

export type Profile = { name: 'ci' | 'full'; crash: CrashSettings; fuzz: FuzzSettings; load: LoadSettings };

export const PROFILES: Record<Profile['name'], Profile> = {
  full: {
    name: 'full',
    crash: { rounds: 8, users: 3, workersPerUser: 4, killAfterMs: [300, 2500] },
    fuzz: { casesPerTarget: 250, concurrency: 8 },
    load: { users: 24, connections: 16, durationSeconds: 60, applicationsPerUser: 40 },
  },
  ci: {
    name: 'ci',
    crash: { rounds: 3, users: 2, workersPerUser: 4, killAfterMs: [300, 1500] },
    fuzz: { casesPerTarget: 40, concurrency: 6 },
    load: { users: 12, connections: 12, durationSeconds: 12, applicationsPerUser: 20 },
  },
};
