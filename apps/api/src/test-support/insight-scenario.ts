/** The applications the insight tests reason about, created over REST at controlled times, so
 * every expected number in those tests can be worked out by hand:
 *
 *   A  Acme Inc.  Senior Backend Engineer  sent 2025-04-22 (LinkedIn, v1, TypeScript + SQL);
 *      phone screen on 2025-04-27 (an answer after 5 days: furthest stage screening)
 *   B  Globex     Data Engineer            sent 2025-05-02 (Referral, v2, Python + SQL);
 *      rejected on 2025-05-12 (an answer after 10 days)
 *   C  Initech    Platform Engineer        sent 2025-05-07 (LinkedIn, v1, Go); no answer
 *   D  Umbrella   QA Engineer              sent 2025-05-30; no answer
 *
 * and "now" is Sunday 2025-06-01 12:00 UTC: C has waited 25 days, D 2. */
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';
import { trpcClientOf, type TrpcClient } from './trpc-client.js';

export const NOW = new Date('2025-06-01T12:00:00Z');

export type Scenario = {
  t: TestApp;
  token: string;
  /** The web app's typed client, signed in as the scenario's user. */
  trpc: TrpcClient;
  /** A REST call as the scenario's user, as another (`token`), or with no credentials (`null`). */
  rest: (method: string, path: string, body?: unknown, token?: string | null) => ReturnType<TestApp['call']>;
  ids: { a: string; b: string; c: string; d: string };
  /** Moves the app's clock. */
  setNow: (date: Date) => void;
};

export async function insightScenario(): Promise<Scenario> {
  let now = NOW;
  // Tokens are checked against the simulated clock: let them outlive the simulated weeks.
  const t = await createTestApp({ clock: () => now, env: { JWT_ACCESS_TOKEN_LIFETIME: '525600', SESSION_MAX_AGE: '525600' } });
  const at = (iso: string) => (now = new Date(iso));
  at('2025-04-20T09:00:00Z');
  const { access: token } = await t.registerUser();
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await t.call(method, path, { token, ...(body === undefined ? {} : { body }) });
    expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300);
    return res.json;
  };
  const create = async (company: string, title: string, application: Record<string, unknown>, skills: string[] = []) =>
    (await call('POST', '/api/applications/', { company: { name: company }, job: { title }, application, requirements: { skills_required: skills } })).id as string;

  at('2025-04-22T10:00:00Z');
  const a = await create('Acme Inc.', 'Senior Backend Engineer', { applied_date: '2025-04-22T10:00:00Z', source: 'LinkedIn', resume_version: 'v1' }, ['TypeScript', 'SQL']);
  at('2025-04-27T10:00:00Z');
  await call('POST', `/api/applications/${a}/timeline/`, { event_type: 'phone_screen', title: 'Phone screen', date: '2025-04-27T10:00:00Z' });
  at('2025-05-02T10:00:00Z');
  const b = await create('Globex', 'Data Engineer', { applied_date: '2025-05-02T10:00:00Z', source: 'Referral', resume_version: 'v2' }, ['Python', 'SQL']);
  at('2025-05-07T10:00:00Z');
  const c = await create('Initech', 'Platform Engineer', { applied_date: '2025-05-07T10:00:00Z', source: 'LinkedIn', resume_version: 'v1' }, ['Go']);
  at('2025-05-12T10:00:00Z');
  await call('PATCH', `/api/applications/${b}/status/`, { status: 'rejected' });
  at('2025-05-30T10:00:00Z');
  const d = await create('Umbrella', 'QA Engineer', { applied_date: '2025-05-30T10:00:00Z' });
  at(NOW.toISOString());
  const rest = (method: string, path: string, body?: unknown, as: string | null = token) =>
    t.call(method, path, { ...(as ? { token: as } : {}), ...(body === undefined ? {} : { body }) });
  return { t, token, trpc: trpcClientOf(t, token), rest, ids: { a, b, c, d }, setNow: (date) => (now = date) };
}
