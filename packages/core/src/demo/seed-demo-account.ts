/** The seed use case (contract section 11, made non-interactive): find or create the demo account,
 * replace its applications with generated ones, and sync its companies. */
import type { ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import { syncCompanies } from '../companies/sync-companies.js';
import type { IdGenerator } from '../shared/ids.js';
import type { PasswordHasher, UserRepository } from '../users/ports.js';
import { normalizeEmail, type User } from '../users/user.js';
import { generateDemoApplications } from './demo-applications.js';
import { DEMO_USER_CREDENTIALS, DEMO_USER_NAME, DEMO_USER_NEW_PROFILE } from './demo-user.js';

export type SeedDeps = {
  users: UserRepository;
  hasher: PasswordHasher;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  ids: IdGenerator;
};

export type SeedCommand = {
  email?: string;
  count: number;
  seed: number;
  now: Date;
  /** Called after each stored application (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
};

export type SeedResult = { user: User; created: boolean; removed: number; applications: number; companies: number };

async function findOrCreateDemoUser(deps: SeedDeps, email: string, now: Date): Promise<{ user: User; created: boolean }> {
  const password_hash = await deps.hasher.hash(DEMO_USER_CREDENTIALS.password);
  const existing = await deps.users.findByEmail(email);
  if (existing) {
    // Refresh: the demo password works again, the rest of the profile is left as the user set it.
    const user = (await deps.users.update(existing.id, () => ({ password_hash, is_active: true, updated_at: now }))) ?? existing;
    return { user, created: false };
  }
  const user = await createDemoUser(deps, email, password_hash, now);
  if (!user) throw new Error(`could not create ${email}`);
  return { user, created: true };
}

/** The new demo user, or null when the email is taken (the store's unique email decides). */
function createDemoUser(deps: SeedDeps, email: string, password_hash: string, now: Date): Promise<User | null> {
  return deps.users.create({
    email,
    password_hash,
    ...DEMO_USER_NAME,
    phone: null,
    location: null,
    linkedin_url: null,
    github_url: null,
    portfolio_url: null,
    bio: null,
    resume_url: null,
    ...DEMO_USER_NEW_PROFILE,
    skills: [...DEMO_USER_NEW_PROFILE.skills],
    is_active: true,
    date_joined: now,
    updated_at: now,
    last_login: null,
  });
}

/** Replaces the user's applications with generated ones and syncs the companies. */
async function fillDemoAccount(deps: SeedDeps, user: User, command: SeedCommand): Promise<Omit<SeedResult, 'user' | 'created'>> {
  const removed = await deps.applications.deleteAllOfUser(user.id);
  const applications = generateDemoApplications({
    count: command.count,
    seed: command.seed,
    now: command.now,
    userId: user.id,
    newId: () => deps.ids.objectId(command.now),
  });
  for (const [index, application] of applications.entries()) {
    await deps.applications.create(application);
    command.onProgress?.(index + 1, applications.length);
  }
  const synced = await syncCompanies(deps, { userId: user.id, now: command.now });
  return { removed, applications: applications.length, companies: synced.createdCount };
}

/** Creates the demo account, or refreshes it (password back to the demo one, applications
 * replaced). */
export async function seedDemoAccount(deps: SeedDeps, command: SeedCommand): Promise<SeedResult> {
  const email = normalizeEmail(command.email ?? DEMO_USER_CREDENTIALS.email);
  const { user, created } = await findOrCreateDemoUser(deps, email, command.now);
  return { user, created, ...(await fillDemoAccount(deps, user, command)) };
}

/** Creates and fills the demo account only if this call creates it; null when the account
 * exists. Several processes starting at once on an empty store may all call it: the store's
 * unique email lets exactly one create the user, and only that one writes applications. */
export async function seedNewDemoAccount(deps: SeedDeps, command: SeedCommand): Promise<SeedResult | null> {
  const email = normalizeEmail(command.email ?? DEMO_USER_CREDENTIALS.email);
  const password_hash = await deps.hasher.hash(DEMO_USER_CREDENTIALS.password);
  const user = await createDemoUser(deps, email, password_hash, command.now);
  if (!user) return null;
  return { user, created: true, ...(await fillDemoAccount(deps, user, command)) };
}
