import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { rateOf } from './proportion.js';
import { skillsGap } from './skills-gap.js';
import { aClosing, aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z');
const skills = (required: string[], preferred: string[] = []) => ({ requirements: { skills_required: required, skills_preferred: preferred } });

const applications = [
  // Answered, reached `offer` (rank 4): weight 5, preferred skills 2.5.
  aSentApplication({
    sent: '2025-04-01T12:00:00Z', status: 'offer',
    timeline: [statusChange('applied', 'interview', '2025-04-10T12:00:00Z'), statusChange('interview', 'offer', '2025-04-20T12:00:00Z')],
    ...skills(['Python', 'Kubernetes'], ['Go', 'kubernetes']),
  }),
  // Unanswered for 61 days: weight 1.
  aSentApplication({ sent: '2025-04-01T12:00:00Z', ...skills(['Kubernetes', 'Java'], ['Docker']) }),
  // Sent a week ago: counted in the gap, in neither answer group.
  aSentApplication({ sent: '2025-05-25T12:00:00Z', ...skills(['Rust']) }),
  // Closed as no response.
  aSentApplication({ sent: '2025-03-01T12:00:00Z', timeline: [aClosing('2025-04-01T12:00:00Z')], ...skills(['Java']) }),
  // Rejected: an answer, at the first stage.
  aSentApplication({ sent: '2025-05-01T12:00:00Z', status: 'rejected', ...skills(['kubernetes '], ['Go']) }),
];

describe('skillsGap', () => {
  const result = skillsGap(applications, { now: NOW, profileSkills: ['python', ' Django '], silenceDays: 21 });

  it('weights the skills missing from the profile by how far each application went', () => {
    expect(result.missing).toEqual([
      { skill: 'Kubernetes', weight: 7, applications: 3 },
      { skill: 'Go', weight: 3, applications: 2 },
      { skill: 'Java', weight: 2, applications: 2 },
      { skill: 'Rust', weight: 1, applications: 1 },
      { skill: 'Docker', weight: 0.5, applications: 1 },
    ]);
  });

  it('compares how often a skill appears in answered and unanswered applications, with sample sizes', () => {
    expect(result).toMatchObject({ responded: 2, not_responded: 2, min_sample_size: 30 });
    expect(result.over_represented).toEqual([
      { skill: 'Go', in_responded: rateOf(2, 2), in_not_responded: rateOf(0, 2), difference: 1, too_few: true },
      { skill: 'Kubernetes', in_responded: rateOf(2, 2), in_not_responded: rateOf(1, 2), difference: 0.5, too_few: true },
      { skill: 'Python', in_responded: rateOf(1, 2), in_not_responded: rateOf(0, 2), difference: 0.5, too_few: true },
    ]);
  });

  it('limits both lists', () => {
    const limited = skillsGap(applications, { now: NOW, profileSkills: [], silenceDays: 21, limit: 1 });
    expect(limited.missing.map((item) => item.skill)).toEqual(['Kubernetes']);
    expect(limited.over_represented.map((item) => item.skill)).toEqual(['Go']);
  });

  it('has nothing to say without applications or without both answer groups', () => {
    expect(skillsGap([], { now: NOW, profileSkills: ['Go'], silenceDays: 21 })).toEqual({
      missing: [], over_represented: [], responded: 0, not_responded: 0, min_sample_size: 30,
    });
    const onlyWaiting = skillsGap([applications[2]!], { now: NOW, profileSkills: [], silenceDays: 21 });
    expect(onlyWaiting.over_represented).toEqual([]);
    expect(onlyWaiting.missing).toEqual([{ skill: 'Rust', weight: 1, applications: 1 }]);
  });
});
