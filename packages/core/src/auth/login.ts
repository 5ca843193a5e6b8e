/** Login with throttling per account and per client; unknown emails cost a dummy verify. */
import { DomainError } from '../shared/domain-error.js';
import { fullName, type User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import { openSession, type IssuedSession } from './issue-tokens.js';
import { throttleDecision, windowStart, type ThrottlePolicy } from './throttle.js';

export type LoginCommand = {
  email: string;
  password: string;
  /** Who is asking, as the transport determined it (trusted-proxy aware). */
  clientKey: string;
  now: Date;
};

async function assertNotThrottled(deps: AuthDeps, key: string, policy: ThrottlePolicy, now: Date) {
  if (policy.maxFailures <= 0) return;
  const failures = await deps.attempts.failuresSince(key, windowStart(now, policy));
  const decision = throttleDecision(failures, now, policy);
  if (decision.blocked) throw new DomainError('AUTH.THROTTLED', { retryAfterSeconds: decision.retryAfterSeconds });
}

/** The login-attempt log's key of an account's failures (account deletion clears it too). */
export function accountThrottleKey(email: string): string {
  return `account:${email.toLowerCase()}`;
}

export async function login(deps: AuthDeps, command: LoginCommand): Promise<IssuedSession & { user: User }> {
  const { now } = command;
  const accountKey = accountThrottleKey(command.email);
  const clientKey = `client:${command.clientKey}`;
  await assertNotThrottled(deps, clientKey, deps.throttle.perClient, now);
  await assertNotThrottled(deps, accountKey, deps.throttle.perAccount, now);

  const found = await deps.users.findByEmail(command.email);
  const passwordMatches = await deps.hasher.verify(found?.password_hash ?? null, command.password);
  if (!found || !passwordMatches || !found.is_active) {
    await Promise.all([deps.attempts.recordFailure(accountKey, now), deps.attempts.recordFailure(clientKey, now)]);
    throw new DomainError('AUTH.INVALID_CREDENTIALS');
  }
  await deps.attempts.clear(accountKey);

  const user = (await deps.users.update(found.id, () => ({ last_login: now }))) ?? found;
  const session = await openSession(deps, { user, now, identity: { email: user.email, full_name: fullName(user) } });
  return { ...session, user };
}
