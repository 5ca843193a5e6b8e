/** The percentage formulas of contract 8.1 and 8.3, written in Python's operation order. */
import { pythonRound } from '../shared/round.js';

/** Statuses counted as a success (8.1 `success_rate`, 8.3). */
export const SUCCESS_STATUSES: ReadonlySet<string> = new Set(['offer', 'accepted']);
/** Statuses that close an application (8.1 `average_days_in_pipeline`). */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['offer', 'accepted', 'rejected', 'withdrawn']);

/** `round((part / total) * 100, 2)`, and 0 when total is 0. The division comes first, as in the
 * original, because `part * 100 / total` can round differently on the binary float. */
export const percentage = (part: number, total: number): number =>
  total === 0 ? 0 : pythonRound((part / total) * 100, 2);
