/** Skill list rules: exact, case-sensitive matching; add appends, remove drops the first match. */
import { DomainError } from '../shared/domain-error.js';

export function addSkill(skills: readonly string[], skill: string): string[] {
  if (skills.includes(skill)) throw new DomainError('SKILL.EXISTS');
  return [...skills, skill];
}

export function removeSkill(skills: readonly string[], skill: string): string[] {
  const index = skills.indexOf(skill);
  if (index < 0) throw new DomainError('SKILL.NOT_FOUND');
  return [...skills.slice(0, index), ...skills.slice(index + 1)];
}
