/** The ports the seed use case needs, taken from the app's dependencies. */
import type { SeedDeps } from '@jobtracker/core';
import type { AppDeps } from '../config/app-deps.js';

export const seedDepsOf = (deps: AppDeps): SeedDeps => ({
  users: deps.auth.users,
  hasher: deps.auth.hasher,
  applications: deps.applications,
  companies: deps.companies,
  ids: deps.ids,
});
