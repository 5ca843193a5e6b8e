/** Login throttling as a pure decision over the recent failures of one key (account or client). */
import { addMinutes } from '../shared/time.js';

export type ThrottlePolicy = {
  /** Failures allowed inside the window; 0 turns the limit off. */
  maxFailures: number;
  windowMinutes: number;
};

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export function windowStart(now: Date, policy: ThrottlePolicy): Date {
  return addMinutes(now, -policy.windowMinutes);
}

/** Blocked once `maxFailures` failures fall inside the window, until enough of them age out. */
export function throttleDecision(failures: readonly Date[], now: Date, policy: ThrottlePolicy): ThrottleDecision {
  if (policy.maxFailures <= 0 || failures.length < policy.maxFailures) return { blocked: false };
  const sorted = [...failures].sort((a, b) => a.getTime() - b.getTime());
  const unblockingFailure = sorted[sorted.length - policy.maxFailures] as Date;
  const until = addMinutes(unblockingFailure, policy.windowMinutes);
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return { blocked: true, retryAfterSeconds };
}
