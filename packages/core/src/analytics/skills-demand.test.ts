import { describe, expect, it } from 'vitest';
import { skillsDemand } from './skills-demand.js';
import { buildApplication } from '../testing/index.js';

const withSkills = (skills_required?: string[], skills_preferred: string[] = []) =>
  buildApplication({ requirements: { skills_required, skills_preferred } });

describe('skillsDemand', () => {
  it('is empty without applications or skills', () => {
    expect(skillsDemand([])).toEqual([]);
    expect(skillsDemand([buildApplication({ requirements: undefined }), withSkills(undefined), withSkills([])])).toEqual([]);
  });

  it('counts exact strings, duplicates twice, ignores preferred skills, ties by name', () => {
    const apps = [withSkills(['Python', 'Django', 'Python'], ['Go', 'Go', 'Go']), withSkills(['python', 'Django']), withSkills(['AWS'])];
    expect(skillsDemand(apps)).toEqual([
      { skill: 'Django', count: 2 },
      { skill: 'Python', count: 2 },
      { skill: 'AWS', count: 1 },
      { skill: 'python', count: 1 },
    ]);
  });

  it('keeps the top 20', () => {
    const names = Array.from({ length: 25 }, (_, i) => `S${String(24 - i).padStart(2, '0')}`);
    const result = skillsDemand([withSkills(names), withSkills(['S24'])]);
    expect(result).toHaveLength(20);
    expect(result[0]).toEqual({ skill: 'S24', count: 2 });
    expect(result.slice(1).map((s) => s.skill)).toEqual(Array.from({ length: 19 }, (_, i) => `S${String(i).padStart(2, '0')}`));
  });
});
