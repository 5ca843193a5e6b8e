/** Profile use cases: edits, skills, and the account statistics. */
import { DomainError } from '../shared/domain-error.js';
import type { UserRepository } from './ports.js';
import { addSkill, removeSkill } from './skills.js';
import { profileCompletion, type ProfileChanges, type User } from './user.js';

type Deps = { users: UserRepository };

async function updateOrFail(deps: Deps, id: number, change: (user: User) => Partial<Omit<User, 'id'>>) {
  const updated = await deps.users.update(id, change);
  if (!updated) throw new DomainError('AUTH.USER_NOT_FOUND');
  return updated;
}

export function updateProfile(deps: Deps, command: { userId: number; changes: ProfileChanges; now: Date }) {
  return updateOrFail(deps, command.userId, () => ({ ...command.changes, updated_at: command.now }));
}

export function addProfileSkill(deps: Deps, command: { userId: number; skill: string; now: Date }) {
  return updateOrFail(deps, command.userId, (user) => ({ skills: addSkill(user.skills, command.skill), updated_at: command.now }));
}

export function removeProfileSkill(deps: Deps, command: { userId: number; skill: string; now: Date }) {
  return updateOrFail(deps, command.userId, (user) => ({ skills: removeSkill(user.skills, command.skill), updated_at: command.now }));
}

export type UserStats = {
  total_applications: number;
  status_breakdown: Record<string, number>;
  total_skills: number;
  profile_completion: number;
};

/** `statusCounts` keys a missing status as null; this endpoint spells it "null" (contract 4.8). */
export function userStats(user: User, statusCounts: ReadonlyArray<{ status: string | null; count: number }>): UserStats {
  const status_breakdown: Record<string, number> = {};
  let total = 0;
  for (const { status, count } of statusCounts) {
    const key = status ?? 'null';
    status_breakdown[key] = (status_breakdown[key] ?? 0) + count;
    total += count;
  }
  return {
    total_applications: total,
    status_breakdown,
    total_skills: user.skills.length,
    profile_completion: profileCompletion(user),
  };
}
