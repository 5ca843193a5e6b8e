/** The pipeline as the insights read it: the stages an application can reach (the contract's
 * statuses in their listed order, without the endings), which statuses and timeline event types
 * show that the employer answered, and which stage an event type is evidence of. */

/** Ordered: reaching a stage means having reached every earlier one (a funnel). */
export const FUNNEL_STAGES = ['applied', 'screening', 'interview', 'technical_test', 'offer', 'accepted'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const STAGE_RANK: ReadonlyMap<string, number> = new Map(FUNNEL_STAGES.map((stage, rank) => [stage, rank]));

/** The rank of a status that is a stage; -1 for `rejected`, `withdrawn` and unknown text. */
export function stageRankOfStatus(status: string | null | undefined): number {
  return status == null ? -1 : (STAGE_RANK.get(status) ?? -1);
}

export const INTERVIEW_RANK = STAGE_RANK.get('interview') as number;
export const OFFER_RANK = STAGE_RANK.get('offer') as number;
export const SCREENING_RANK = STAGE_RANK.get('screening') as number;

/** Statuses that only an answer from the employer can lead to. `applied` and `withdrawn` are the
 * user's own doing. */
export const RESPONSE_STATUSES: ReadonlySet<string> = new Set(['screening', 'interview', 'technical_test', 'offer', 'accepted', 'rejected']);

/** The contract's documented event types that record contact from the employer, with the stage
 * each is evidence of (null: an answer, but no stage, as a rejection). `applied`,
 * `status_change` and any other text are not employer contact. */
export const EMPLOYER_EVENT_STAGES: ReadonlyMap<string, FunnelStage | null> = new Map<string, FunnelStage | null>([
  ['phone_screen', 'screening'],
  ['technical_interview', 'interview'],
  ['behavioral_interview', 'interview'],
  ['system_design', 'interview'],
  ['onsite_interview', 'interview'],
  ['final_round', 'interview'],
  ['coding_challenge', 'technical_test'],
  ['offer_received', 'offer'],
  ['offer_negotiation', 'offer'],
  ['rejection', null],
]);

export function stageRankOfEvent(eventType: string | null | undefined): number {
  const stage = eventType == null ? undefined : EMPLOYER_EVENT_STAGES.get(eventType);
  return stage == null ? -1 : (STAGE_RANK.get(stage) ?? -1);
}

/** The statuses after which nothing more is expected: they win over a "no response" closing. */
export const ENDING_STATUSES: ReadonlySet<string> = new Set(['rejected', 'withdrawn', 'accepted']);
