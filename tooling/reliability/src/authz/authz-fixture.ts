/** The matrix's cast: a victim with records marked by a unique text (an application with an
 * attachment, a company, a contact linked to the application, a skill, a profile) and every
 * kind of credential that must not reach them (a revoked session, the web app's cookie after
 * sign-out), and an attacker with a valid session and cookie of its own. */
import { applicationBody, expectStatus, jsonRequest, login, register, uploadRequest, type Account } from '../api/json-api.js';
import type { HttpClient } from '../http/raw-client.js';
import type { VictimData } from './operation-requests.js';

export type AuthzFixture = {
  victim: Account;
  attacker: Account;
  data: VictimData;
  /** Access token of a victim session that was logged out. */
  revokedToken: string;
  /** The victim's web session cookie after sign-out, and the attacker's live one. */
  revokedCookie: string;
  attackerCookie: string;
  requests: number;
};

/** Signs in over tRPC (the web app's way) and returns the session cookie's value. */
async function cookieSession(client: HttpClient, account: Account): Promise<string> {
  const answer = expectStatus(await client.send(jsonRequest('POST', '/trpc/auth.login', undefined, { email: account.email, password: account.password })), 200, 'tRPC login');
  const setCookie = ([] as string[]).concat(answer.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((line) => /^jt_session=([^;]+)/.exec(line)?.[1]).find(Boolean);
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

export async function setUpAuthzFixture(client: HttpClient, seed: number): Promise<AuthzFixture> {
  const marker = `victim${seed}x${Math.random().toString(36).slice(2, 10)}`;
  const victim = await register(client, `${marker}@example.com`, 'Victim-Pass-2024!');
  const attacker = await register(client, `attacker-${seed}@example.com`, 'Attacker-Pass-2024!');
  const body = { ...applicationBody(marker), notes: `private notes ${marker}` };
  const application = expectStatus(await client.send(jsonRequest('POST', '/api/applications/', victim.access, body)), 201, 'victim application').json<{ id: string }>();
  const attach = uploadRequest(`/api/applications/${application.id}/attach/`, victim.access, { name: `${marker}.txt`, type: 'text/plain', bytes: Buffer.from(`secret file ${marker}\n`) });
  const file = expectStatus(await client.send(attach), 201, 'victim attachment').json<{ file: { file_url: string } }>().file;
  const company = expectStatus(await client.send(jsonRequest('POST', '/api/companies/', victim.access, { name: `${marker} Holdings`, notes: marker })), 201, 'victim company').json<{ id: string }>();
  const contact = expectStatus(await client.send(jsonRequest('POST', '/api/contacts/', victim.access, { name: `${marker} Recruiter`, notes: marker })), 201, 'victim contact').json<{ id: string }>();
  expectStatus(await client.send(jsonRequest('POST', `/api/contacts/${contact.id}/applications/${application.id}/`, victim.access)), 200, 'victim contact link');
  expectStatus(await client.send(jsonRequest('POST', `/api/contacts/${contact.id}/interactions/`, victim.access, { channel: 'email', note: marker })), 201, 'victim interaction');
  const skill = `Skill ${marker}`;
  expectStatus(await client.send(jsonRequest('POST', '/api/auth/skills/add/', victim.access, { skill })), 200, 'victim skill');
  expectStatus(await client.send(jsonRequest('PATCH', '/api/auth/user/', victim.access, { bio: `bio ${marker}` })), 200, 'victim profile');
  // Also something of the attacker's own, so its reads have data.
  expectStatus(await client.send(jsonRequest('POST', '/api/applications/', attacker.access, applicationBody('Attacker'))), 201, 'attacker application');

  const loggedOut = await login(client, victim);
  expectStatus(await client.send(jsonRequest('POST', '/api/auth/logout/', loggedOut.access, { refresh: loggedOut.refresh })), 200, 'victim logout');
  const revokedCookie = await cookieSession(client, victim);
  const origin = client.baseUrl;
  const signOut = await client.send({ method: 'POST', path: '/trpc/auth.signOut', headers: { Cookie: `jt_session=${revokedCookie}`, Origin: origin, 'Content-Type': 'application/json' }, body: '{}' });
  expectStatus(signOut, 200, 'victim sign-out');
  const attackerCookie = await cookieSession(client, attacker);

  return {
    victim,
    attacker,
    data: { userId: victim.id, applicationId: application.id, companyId: company.id, contactId: contact.id, refresh: victim.refresh, password: victim.password, skill, marker, fileUrl: file.file_url },
    revokedToken: loggedOut.access,
    revokedCookie,
    attackerCookie,
    requests: 19,
  };
}
