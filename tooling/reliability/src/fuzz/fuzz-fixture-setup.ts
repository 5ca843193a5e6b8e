/** Creates what the fuzz cases point at: the fuzz user with applications, companies and an
 * attachment, and another user with one of each. */
import { applicationBody, expectStatus, jsonRequest, register, uploadRequest, type Account } from '../api/json-api.js';
import type { HttpClient } from '../http/raw-client.js';
import type { FuzzFixture } from './fixture.js';

async function createApplication(client: HttpClient, token: string, label: string): Promise<string> {
  const answer = expectStatus(await client.send(jsonRequest('POST', '/api/applications/', token, applicationBody(label))), 201, 'create application');
  return answer.json<{ id: string }>().id;
}

async function createCompany(client: HttpClient, token: string, name: string): Promise<string> {
  const answer = expectStatus(await client.send(jsonRequest('POST', '/api/companies/', token, { name, industry: 'Technology', tags: ['fuzz'] })), 201, 'create company');
  return answer.json<{ id: string }>().id;
}

async function attach(client: HttpClient, file: { token: string; applicationId: string; text: string }): Promise<string> {
  const request = uploadRequest(`/api/applications/${file.applicationId}/attach/`, file.token, { name: 'fixture.txt', type: 'text/plain', bytes: Buffer.from(file.text) });
  return expectStatus(await client.send(request), 201, 'attach').json<{ file: { file_url: string } }>().file.file_url;
}

export async function setUpFuzzFixture(client: HttpClient, seed: number): Promise<{ fixture: FuzzFixture; main: Account; requests: number }> {
  const main = await register(client, `fuzz-${seed}@example.com`);
  const other = await register(client, `fuzz-other-${seed}@example.com`);
  const ownApplications: string[] = [];
  for (let index = 0; index < 12; index++) ownApplications.push(await createApplication(client, main.access, `Fuzz ${index}`));
  const ownCompanies: string[] = [];
  for (let index = 0; index < 6; index++) ownCompanies.push(await createCompany(client, main.access, `Fuzz company ${index}`));
  const ownFile = await attach(client, { token: main.access, applicationId: ownApplications[0]!, text: 'fuzz fixture file' });
  const otherApplication = await createApplication(client, other.access, 'Other');
  const otherCompany = await createCompany(client, other.access, 'Other company');
  const otherFile = await attach(client, { token: other.access, applicationId: otherApplication, text: 'the other user file' });
  return {
    fixture: { token: main.access, ownApplications, ownCompanies, otherApplication, otherCompany, ownFile, otherFile },
    main,
    requests: 2 + 12 + 6 + 1 + 3,
  };
}
