/** Registration: field rules reported together, then the password confirmation. */
import { validationError, type FieldErrorMap } from '../shared/domain-error.js';
import { passwordProblems } from '../users/password-policy.js';
import { normalizeEmail, type User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import { openSession, type IssuedSession } from './issue-tokens.js';

export type RegisterCommand = {
  email: string;
  password: string;
  password_confirm: string;
  first_name: string;
  last_name: string;
  now: Date;
};

export const DUPLICATE_EMAIL_MESSAGE = 'User with this email already exists.';

export async function register(deps: AuthDeps, command: RegisterCommand): Promise<IssuedSession & { user: User }> {
  const email = normalizeEmail(command.email);
  const errors: FieldErrorMap = {};
  // Normalised and case-insensitive, so x@EXAMPLE.com cannot shadow x@example.com (defect 14.20).
  if (await deps.users.existsByEmailIgnoringCase(email)) errors['email'] = [DUPLICATE_EMAIL_MESSAGE];
  const problems = passwordProblems(command.password, deps.commonPasswords);
  if (problems.length > 0) errors['password'] = problems;
  if (Object.keys(errors).length > 0) throw validationError(errors);
  if (command.password !== command.password_confirm) {
    throw validationError({ password: ["Password fields didn't match."] });
  }

  const user = await deps.users.create({
    email,
    password_hash: await deps.hasher.hash(command.password),
    first_name: command.first_name,
    last_name: command.last_name,
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
    date_joined: command.now,
    updated_at: command.now,
    last_login: null,
  });
  if (!user) throw validationError({ email: [DUPLICATE_EMAIL_MESSAGE] });
  const session = await openSession(deps, { user, now: command.now });
  return { ...session, user };
}
