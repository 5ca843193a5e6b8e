import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { throttleDecision } from '../auth/throttle.js';
import { passwordProblems } from './password-policy.js';
import { addSkill, removeSkill } from './skills.js';
import { normalizeEmail, profileCompletion, type User } from './user.js';
import { userStats } from './profile.js';

const common = { has: (p: string) => p === 'password123' };

describe('password policy', () => {
  it.each([
    ['Str0ng-enough', []],
    ['short1', ['This password is too short. It must contain at least 8 characters.']],
    ['PASSWORD123', ['This password is too common.']],
    ['1234', ['This password is too short. It must contain at least 8 characters.', 'This password is entirely numeric.']],
  ])('%s', (password, problems) => {
    expect(passwordProblems(password, common)).toEqual(problems);
  });
});

describe('profile rules', () => {
  const user = {
    first_name: 'A', last_name: 'B', email: 'a@b.c', skills: [], resume_url: null, phone: null, location: null, current_role: null, linkedin_url: null,
  } as unknown as User;

  it('scores completion over nine fields', () => {
    expect(profileCompletion(user)).toBe(33.33);
    expect(profileCompletion({ ...user, skills: ['x'], phone: '1' })).toBe(55.56);
    expect(profileCompletion({ ...user, skills: ['x'], phone: '1', resume_url: 'r', location: 'l', current_role: 'c', linkedin_url: 'u' })).toBe(100);
  });

  it('keys a missing status "null" in the account stats', () => {
    expect(userStats(user, [{ status: 'applied', count: 2 }, { status: null, count: 1 }])).toMatchObject({
      total_applications: 3,
      status_breakdown: { applied: 2, null: 1 },
    });
  });

  it('lowercases only the email domain', () => {
    expect(normalizeEmail('Mixed.Case@Example.COM')).toBe('Mixed.Case@example.com');
  });

  it('adds at the end, refuses exact duplicates, removes the first match', () => {
    expect(addSkill(['Go'], 'go')).toEqual(['Go', 'go']);
    expect(() => addSkill(['Go'], 'Go')).toThrow(DomainError);
    expect(removeSkill(['a', 'b', 'a'], 'a')).toEqual(['b', 'a']);
    expect(() => removeSkill([], 'a')).toThrow(DomainError);
  });
});

describe('throttle decision', () => {
  const now = new Date('2025-01-01T00:15:00Z');
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
  it('blocks at the limit until the oldest counted failure leaves the window', () => {
    const policy = { maxFailures: 3, windowMinutes: 15 };
    expect(throttleDecision([at(10), at(11)], now, policy)).toEqual({ blocked: false });
    expect(throttleDecision([at(5), at(10), at(11)], now, policy)).toEqual({ blocked: true, retryAfterSeconds: 300 });
    expect(throttleDecision([at(1), at(2), at(3)], now, { maxFailures: 0, windowMinutes: 15 })).toEqual({ blocked: false });
  });
});
