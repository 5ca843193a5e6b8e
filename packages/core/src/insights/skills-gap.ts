/** Skills gap: skills the user's applications ask for, weighted by how far each application got,
 * that are not in the profile; and skills that appear in applications that got an answer more
 * often than in those that did not, with both shares, their intervals and sample sizes. */
import type { ApplicationView } from '../applications/application-view.js';
import { isSent, signalsOf, type ApplicationSignals } from './application-signals.js';
import { MIN_SAMPLE_SIZE, rateOf, round4, type Rate } from './proportion.js';
import { daysWaiting } from './silence.js';

export const SKILLS_GAP_LIMIT = 20;

export type MissingSkill = {
  skill: string;
  /** Sum over the applications asking for it of (furthest stage rank + 1): `applied` 1 up to
   * `accepted` 6; a preferred (not required) skill counts half. */
  weight: number;
  applications: number;
};

export type SkillSignal = {
  skill: string;
  /** Share of the answered applications that ask for the skill. */
  in_responded: Rate;
  /** Share of the unanswered ones (closed as "no response" or silent) that ask for it. */
  in_not_responded: Rate;
  /** in_responded.rate - in_not_responded.rate. */
  difference: number;
  /** Either share rests on fewer than MIN_SAMPLE_SIZE applications. */
  too_few: boolean;
};

export type SkillsGap = {
  missing: MissingSkill[];
  over_represented: SkillSignal[];
  responded: number;
  not_responded: number;
  min_sample_size: number;
};

/** Skills compare by their trimmed, case-folded text with inner spaces collapsed. */
export const skillKey = (skill: string): string => skill.trim().replace(/\s+/g, ' ').toLowerCase();

type Entry = {
  label: string;
  weight: number;
  applications: number;
  responded: number;
  notResponded: number;
  /** The index of the last application that counted it, so each counts a skill once. */
  lastSeen: number;
};

/** Answered, unanswered (closed or silent for `silenceDays`), or neither yet (still in flight,
 * withdrawn before an answer, not sent): only the first two are compared. */
function answerGroup(signals: ApplicationSignals, nowMs: number, silenceDays: number): 'responded' | 'not_responded' | null {
  if (!isSent(signals, nowMs)) return null;
  if (signals.responded) return 'responded';
  if (signals.outcome === 'no_response') return 'not_responded';
  if (signals.outcome !== 'open') return null;
  return (daysWaiting(signals, nowMs) ?? 0) >= silenceDays ? 'not_responded' : null;
}

export function skillsGap(
  views: readonly ApplicationView[],
  options: { now: Date; profileSkills: readonly string[]; silenceDays: number; limit?: number },
): SkillsGap {
  const nowMs = options.now.getTime();
  const limit = options.limit ?? SKILLS_GAP_LIMIT;
  const entries = new Map<string, Entry>();
  // Skills repeat across applications: each distinct spelling is folded once.
  const keys = new Map<string, string>();
  const keyOf = (skill: string): string => {
    let key = keys.get(skill);
    if (key === undefined) keys.set(skill, (key = skillKey(skill)));
    return key;
  };
  let responded = 0;
  let notResponded = 0;
  views.forEach((view, index) => {
    const signals = signalsOf(view, nowMs);
    if (!isSent(signals, nowMs)) return;
    const group = answerGroup(signals, nowMs, options.silenceDays);
    if (group === 'responded') responded += 1;
    else if (group === 'not_responded') notResponded += 1;
    const stageWeight = signals.furthestRank + 1;
    // Required skills first, so a skill both required and preferred counts once, at full weight.
    const count = (skill: string, weight: number): void => {
      const key = keyOf(skill);
      if (key === '') return;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { label: skill.trim(), weight: 0, applications: 0, responded: 0, notResponded: 0, lastSeen: -1 }));
      if (entry.lastSeen === index) return;
      entry.lastSeen = index;
      entry.weight += weight;
      entry.applications += 1;
      if (group === 'responded') entry.responded += 1;
      else if (group === 'not_responded') entry.notResponded += 1;
    };
    for (const skill of view.requirements?.skills_required ?? []) count(skill, stageWeight);
    for (const skill of view.requirements?.skills_preferred ?? []) count(skill, stageWeight / 2);
  });
  const owned = new Set(options.profileSkills.map(skillKey));
  const missing = [...entries]
    .filter(([key]) => !owned.has(key))
    .map(([, entry]) => ({ skill: entry.label, weight: entry.weight, applications: entry.applications }))
    .sort((a, b) => b.weight - a.weight || b.applications - a.applications || compareText(a.skill, b.skill))
    .slice(0, limit);
  const overRepresented: SkillSignal[] = [];
  if (responded > 0 && notResponded > 0) {
    for (const entry of entries.values()) {
      const inResponded = rateOf(entry.responded, responded);
      const inNotResponded = rateOf(entry.notResponded, notResponded);
      const difference = entry.responded / responded - entry.notResponded / notResponded;
      if (difference <= 0) continue;
      overRepresented.push({
        skill: entry.label,
        in_responded: inResponded,
        in_not_responded: inNotResponded,
        difference: round4(difference),
        too_few: inResponded.too_few || inNotResponded.too_few,
      });
    }
  }
  overRepresented.sort((a, b) => Number(a.too_few) - Number(b.too_few) || b.difference - a.difference || compareText(a.skill, b.skill));
  return { missing, over_represented: overRepresented.slice(0, limit), responded, not_responded: notResponded, min_sample_size: MIN_SAMPLE_SIZE };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
