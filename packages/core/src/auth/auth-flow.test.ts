import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { fakeAuthDeps } from '../testing/index.js';
import { authenticateAccessToken } from './authenticate.js';
import { changePassword } from './change-password.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { refresh } from './refresh.js';
import { register } from './register.js';

const start = new Date('2025-06-01T12:00:00Z');
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

async function setup() {
  const clock = { now: start };
  const deps = fakeAuthDeps();
  const registered = await register(deps, {
    email: 'Ada@Example.COM', password: 'Secret-pass-1', password_confirm: 'Secret-pass-1', first_name: 'Ada', last_name: 'L', now: start,
  });
  return { deps, clock, registered };
}

function code(promise: Promise<unknown>) {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof DomainError ? [error.code, error.details] : error),
  );
}

describe('register', () => {
  it('normalises the email domain and opens a session without identity claims', async () => {
    const { registered } = await setup();
    expect(registered.user.email).toBe('Ada@example.com');
    expect(JSON.parse(registered.access)).not.toHaveProperty('email');
  });

  it('reports duplicates and password rules together, and the mismatch last', async () => {
    const { deps } = await setup();
    const command = { email: 'ada@EXAMPLE.com', password: 'password123', password_confirm: 'x', first_name: 'A', last_name: 'B', now: start };
    expect(await code(register(deps, command))).toEqual([
      'VALIDATION.FAILED',
      { fieldErrors: { email: ['User with this email already exists.'], password: ['This password is too common.'] } },
    ]);
    expect(await code(register(deps, { ...command, email: 'new@example.com', password: 'Fine-pass-22' }))).toEqual([
      'VALIDATION.FAILED',
      { fieldErrors: { password: ["Password fields didn't match."] } },
    ]);
  });
});

describe('login and throttling', () => {
  it('adds identity claims and records last_login', async () => {
    const { deps } = await setup();
    const result = await login(deps, { email: 'Ada@example.com', password: 'Secret-pass-1', clientKey: 'c', now: minutesLater(1) });
    expect(JSON.parse(result.access)).toMatchObject({ email: 'Ada@example.com', full_name: 'Ada L', token_type: 'access' });
    expect(result.user.last_login).toEqual(minutesLater(1));
  });

  it('blocks an account after repeated failures until the window passes', async () => {
    const { deps } = await setup();
    const attempt = (password: string, minute: number) =>
      code(login(deps, { email: 'Ada@example.com', password, clientKey: 'c', now: minutesLater(minute) }));
    for (const minute of [1, 2, 3]) expect(await attempt('wrong', minute)).toEqual(['AUTH.INVALID_CREDENTIALS', undefined]);
    expect(await attempt('Secret-pass-1', 4)).toEqual(['AUTH.THROTTLED', { retryAfterSeconds: 12 * 60 }]);
    expect(await attempt('Secret-pass-1', 17)).toBe('resolved');
  });
});

describe('refresh, logout and revocation', () => {
  it('rotates once, blacklists the used token, and keeps custom claims', async () => {
    const { deps, clock, registered } = await setup();
    clock.now = minutesLater(5);
    const pair = await refresh(deps, { refresh: registered.refresh, now: clock.now });
    expect(JSON.parse(pair.refresh)).toMatchObject({ user_id: registered.user.id, token_type: 'refresh' });
    expect(await code(refresh(deps, { refresh: registered.refresh, now: clock.now }))).toEqual(['REFRESH.REJECTED', { problem: 'blacklisted' }]);
    expect(await code(refresh(deps, { refresh: pair.access, now: clock.now }))).toEqual(['REFRESH.REJECTED', { problem: 'wrong_type' }]);
    expect(await code(refresh(deps, { refresh: 'garbage', now: clock.now }))).toEqual(['REFRESH.REJECTED', { problem: 'invalid' }]);
    expect(await code(refresh(deps, { refresh: pair.refresh, now: minutesLater(5 + 7 * 1440) }))).toEqual(['REFRESH.REJECTED', { problem: 'invalid' }]);
  });

  it('refuses an access token at and after its exp', async () => {
    const { deps, registered } = await setup();
    await expect(authenticateAccessToken(deps, registered.access, minutesLater(59))).resolves.toBeTruthy();
    expect(await code(authenticateAccessToken(deps, registered.access, minutesLater(60)))).toEqual(['AUTH.TOKEN_INVALID', { problem: 'invalid' }]);
  });

  it('logout revokes the session so its access token stops working at once', async () => {
    const { deps, registered } = await setup();
    await authenticateAccessToken(deps, registered.access, start);
    await logout(deps, { refresh: registered.refresh, caller: registered.user, now: start });
    expect(await code(authenticateAccessToken(deps, registered.access, start))).toEqual(['AUTH.TOKEN_INVALID', { problem: 'blacklisted' }]);
    expect(await code(logout(deps, { refresh: undefined, caller: registered.user, now: start }))).toEqual(['LOGOUT.REFRESH_REQUIRED', undefined]);
  });

  it('ends a session at its absolute lifetime, however often it is refreshed', async () => {
    const { deps, registered } = await setup();
    let token = registered.refresh;
    for (const day of [6, 12, 18, 24]) token = (await refresh(deps, { refresh: token, now: minutesLater(day * 1440) })).refresh;
    expect(await code(refresh(deps, { refresh: token, now: minutesLater(30 * 1440 + 1) }))).toEqual(['REFRESH.REJECTED', { problem: 'invalid' }]);
  });

  it('password change keeps the caller and revokes the other sessions', async () => {
    const { deps, registered } = await setup();
    const other = await login(deps, { email: 'Ada@example.com', password: 'Secret-pass-1', clientKey: 'c', now: start });
    const principal = await authenticateAccessToken(deps, registered.access, start);
    await changePassword(deps, {
      user: principal.user, session: principal.session, old_password: 'Secret-pass-1', new_password: 'Another-pass-2', new_password_confirm: 'Another-pass-2', now: start,
    });
    await expect(authenticateAccessToken(deps, registered.access, start)).resolves.toBeTruthy();
    expect(await code(authenticateAccessToken(deps, other.access, start))).toEqual(['AUTH.TOKEN_INVALID', { problem: 'blacklisted' }]);
  });
});
