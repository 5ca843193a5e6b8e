/** The authorization matrix: every protected operation of the OpenAPI document and every
 * protected tRPC procedure, each called with every credential that must not work on the
 * victim's records: none, the attacker's own (on the victim's ids: 404, never data), a revoked
 * session, an expired token, claims naming the victim under the attacker's signature, another
 * key, `alg: none`, a refresh token as access token; over tRPC also a signed-out cookie and the
 * attacker's cookie. Counts every unauthorized success; at the end the victim's data must be as
 * it was. */
import { join } from 'node:path';
import { procedureCatalog } from '@jobtracker/api/testing/procedures';
import { expectStatus, jsonRequest, login, multipart } from '../api/json-api.js';
import type { HttpClient, RawRequest, RawResponse } from '../http/raw-client.js';
import { finish, type PartContext, type PartResult } from '../report/part-result.js';
import { signingKey, startServer } from '../server-process.js';
import { setUpAuthzFixture, type AuthzFixture } from './authz-fixture.js';
import { OPERATION_REQUESTS, SESSION_ENDING, TRPC_ONLY_REQUESTS, type OperationRequest } from './operation-requests.js';
import { claimsSwapped, expiredToken, signedWithAnotherKey, unsignedToken } from './tokens.js';

type Variant = { name: string; attacker: boolean; trpcOnly?: boolean; headers: (fixture: AuthzFixture, origin: string) => Record<string, string> };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const variants = (key: string): Variant[] => [
  { name: 'no token', attacker: false, headers: () => ({}) },
  { name: 'another user', attacker: true, headers: (f) => bearer(f.attacker.access) },
  { name: 'revoked session', attacker: false, headers: (f) => bearer(f.revokedToken) },
  { name: 'expired token', attacker: false, headers: (f) => bearer(expiredToken(f.victim.access, key)) },
  { name: 'forged signature', attacker: false, headers: (f) => bearer(claimsSwapped(f.attacker.access, f.victim.id)) },
  { name: 'another key', attacker: false, headers: (f) => bearer(signedWithAnotherKey(f.victim.access)) },
  { name: 'alg none', attacker: false, headers: (f) => bearer(unsignedToken(f.victim.access)) },
  { name: 'refresh as access', attacker: false, headers: (f) => bearer(f.victim.refresh) },
  { name: 'signed-out cookie', attacker: false, trpcOnly: true, headers: (f, origin) => ({ Cookie: `jt_session=${f.revokedCookie}`, Origin: origin }) },
  { name: 'another user cookie', attacker: true, trpcOnly: true, headers: (f, origin) => ({ Cookie: `jt_session=${f.attackerCookie}`, Origin: origin }) },
];

type Call = { method: string; path: string; spec: OperationRequest; headers: Record<string, string> };

function restRequest({ method, path, spec, headers }: Call): RawRequest {
  let url = path;
  for (const [name, value] of Object.entries(spec.params)) url = url.replace(`{${name}}`, encodeURIComponent(value));
  if (spec.query) url += `?${new URLSearchParams(spec.query).toString()}`;
  if (spec.upload) {
    const form = multipart({ name: 'intruder.txt', type: 'text/plain', bytes: Buffer.from('intruder\n') });
    return { method, path: url, headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${form.boundary}` }, body: form.body };
  }
  return { method, path: url, headers: { ...headers, ...(spec.body ? { 'Content-Type': 'application/json' } : {}) }, ...(spec.body ? { body: JSON.stringify(spec.body) } : {}) };
}

function trpcRequest({ name, type, spec, headers }: { name: string; type: 'query' | 'mutation'; spec: OperationRequest; headers: Record<string, string> }): RawRequest {
  const input = { ...spec.params, ...spec.query, ...spec.body };
  if (type === 'query') return { method: 'GET', path: `/trpc/${name}?input=${encodeURIComponent(JSON.stringify(input))}`, headers };
  return { method: 'POST', path: `/trpc/${name}`, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(input) };
}

/** What the answer must be; null when it is as it must be, else the problem. */
type Cell = { label: string; variant: Variant; spec: OperationRequest; request: RawRequest; isMedia: boolean };

function judge(answer: RawResponse, { variant, spec, isMedia, request }: Cell, marker: string): string | null {
  const requestText = `${request.path} ${request.body?.toString() ?? ''}`;
  if (answer.text().includes(marker) && !requestText.includes(marker)) return `the victim's data in a ${answer.status} answer`;
  if (answer.status >= 500) return `${answer.status}`;
  if (!variant.attacker) {
    const allowed = isMedia ? [401, 404] : [401];
    return allowed.includes(answer.status) ? null : `${answer.status} where ${allowed.join(' or ')} was due`;
  }
  if (spec.victim === 'path') return answer.status === 404 ? null : `${answer.status} on the victim's id where 404 was due`;
  if (spec.victim === 'body') return answer.status >= 400 ? null : `${answer.status} with the victim's secret`;
  return null;
}

async function victimState(client: HttpClient, fixture: AuthzFixture): Promise<string> {
  const token = fixture.victim.access;
  const reads = [
    `/api/applications/${fixture.data.applicationId}/`,
    `/api/companies/${fixture.data.companyId}/`,
    `/api/contacts/${fixture.data.contactId}/`,
    '/api/insights/settings/',
    '/api/auth/user/',
    '/api/applications/?page_size=100',
    '/api/companies/?page_size=100',
    fixture.data.fileUrl,
  ];
  const answers = await Promise.all(reads.map((path) => client.send(jsonRequest('GET', path, token))));
  return answers.map((answer, index) => `${reads[index]} ${answer.status} ${answer.text()}`).join('\n');
}

export async function runAuthz(context: PartContext): Promise<PartResult> {
  const started = performance.now();
  const key = signingKey();
  const server = await startServer({ dir: join(context.workDir, 'authz'), key });
  const client = server.client;
  const failures: string[] = [];
  let requests = 0;
  let unauthorizedSuccesses = 0;
  let cells = 0;
  let figures: PartResult['figures'];
  try {
    const fixture = await setUpAuthzFixture(client, context.seed);
    requests += fixture.requests;
    const before = await victimState(client, fixture);
    const document = expectStatus(await client.send({ method: 'GET', path: '/api/schema/?format=json' }), 200, 'OpenAPI document').json<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>();
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).filter(([, operation]) => !(Array.isArray(operation.security) && operation.security.length === 0)).map(([method]) => ({ method: method.toUpperCase(), path })),
    );
    // Those ending the caller's session last: the attacker's cookie works until then.
    const procedures = procedureCatalog()
      .filter((procedure) => !procedure.public)
      .sort((a, b) => Number(SESSION_ENDING.has(a.name)) - Number(SESSION_ENDING.has(b.name)));
    const all = variants(key);

    const check = async (cell: Cell) => {
      cells++;
      requests++;
      const answer = await client.send(cell.request);
      const problem = judge(answer, cell, fixture.data.marker);
      if (!problem) return;
      if (answer.status < 300 || problem.includes("victim's data")) unauthorizedSuccesses++;
      failures.push(`${cell.label} with ${cell.variant.name}: ${problem} (${answer.text().slice(0, 160)})`);
    };
    const fresh = async () => {
      requests++;
      return (await login(client, fixture.attacker)).access;
    };

    for (const { method, path } of operations) {
      const build = OPERATION_REQUESTS[`${method} ${path}`];
      if (!build) {
        failures.push(`no request for the protected operation ${method} ${path}: add it to authz/operation-requests.ts`);
        continue;
      }
      const spec = build(fixture.data);
      for (const variant of all.filter((candidate) => !candidate.trpcOnly)) {
        const request = restRequest({ method, path, spec, headers: variant.headers(fixture, client.baseUrl) });
        await check({ label: `${method} ${path}`, variant, spec, request, isMedia: path.startsWith('/media/') });
      }
    }
    for (const procedure of procedures) {
      const build = procedure.rest ? OPERATION_REQUESTS[`${procedure.rest.method} ${procedure.rest.path}`] : TRPC_ONLY_REQUESTS[procedure.name];
      if (!build) {
        failures.push(`no request for the protected procedure ${procedure.name}: add it to authz/operation-requests.ts`);
        continue;
      }
      const spec = build(fixture.data);
      for (const variant of all) {
        let headers = variant.headers(fixture, client.baseUrl);
        if (variant.name === 'another user' && SESSION_ENDING.has(procedure.name)) headers = bearer(await fresh());
        const request = trpcRequest({ name: procedure.name, type: procedure.type, spec, headers });
        await check({ label: `tRPC ${procedure.name}`, variant, spec, request, isMedia: false });
      }
    }
    requests += 8;
    const after = await victimState(client, fixture);
    if (after !== before) failures.push(`the victim's data changed during the matrix:\n${after.slice(0, 600)}`);
    context.log(`authorization: ${operations.length} REST operations and ${procedures.length} tRPC procedures, ${cells} requests in the matrix`);
    figures = { restOperations: operations.length, trpcProcedures: procedures.length, variants: all.length, matrixRequests: cells, unauthorizedSuccesses };
  } finally {
    failures.push(...server.errorLines().map((line) => `server logged an internal error: ${line.slice(0, 300)}`));
    await server.stop();
  }
  return finish('authorization', { started, requests, failures, figures });
}
