/** The account record and the pure rules read off it. */
import { pythonRound } from '../shared/round.js';

export type User = {
  id: number;
  email: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  location: string | null;
  linkedin_url: string | null;
  github_url: string | null;
  portfolio_url: string | null;
  current_role: string | null;
  years_of_experience: number;
  bio: string | null;
  skills: string[];
  resume_url: string | null;
  is_active: boolean;
  date_joined: Date;
  updated_at: Date;
  last_login: Date | null;
};

/** What a new account is made of; the store assigns the id. */
export type NewUser = Omit<User, 'id'>;

/** The profile fields a user may change (PUT and PATCH of /api/auth/user/). */
export const EDITABLE_PROFILE_FIELDS = [
  'first_name',
  'last_name',
  'phone',
  'location',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'current_role',
  'years_of_experience',
  'bio',
  'skills',
  'resume_url',
] as const;

export type ProfileChanges = Partial<Pick<User, (typeof EDITABLE_PROFILE_FIELDS)[number]>>;

export function fullName(user: Pick<User, 'first_name' | 'last_name'>): string {
  return `${user.first_name} ${user.last_name}`.trim();
}

/** Django's normalize_email: the domain part is lowercased, the local part kept. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return email;
  return email.slice(0, at) + '@' + email.slice(at + 1).toLowerCase();
}

const COMPLETION_FIELDS = [
  (u: User) => u.first_name,
  (u: User) => u.last_name,
  (u: User) => u.email,
  (u: User) => u.skills.length > 0,
  (u: User) => u.resume_url,
  (u: User) => u.phone,
  (u: User) => u.location,
  (u: User) => u.current_role,
  (u: User) => u.linkedin_url,
];

/** Share of the nine profile fields that are filled, as a percentage with 2 decimals. */
export function profileCompletion(user: User): number {
  const filled = COMPLETION_FIELDS.filter((read) => Boolean(read(user))).length;
  return pythonRound((filled / COMPLETION_FIELDS.length) * 100, 2);
}
