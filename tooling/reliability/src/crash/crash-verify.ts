/** After a restart: every acknowledged write is there with its exact content, a write in flight
 * at the kill is there whole or not at all, nothing else appeared, every acknowledged file is
 * served with its exact bytes and every attachment of every record is served (no record points
 * at a missing file). Resolved pending writes become part of the model for the next round. */
import { jsonRequest } from '../api/json-api.js';
import type { HttpClient } from '../http/raw-client.js';
import { appliedOnce, sameJson, type CrashModel, type Json, type Pending } from './crash-model.js';

export type VerifyResult = { problems: string[]; applications: number; files: number; requests: number };

async function listAll(client: HttpClient, token: string, count: () => void): Promise<Json[]> {
  const all: Json[] = [];
  for (let page = 1; ; page++) {
    count();
    const answer = await client.send(jsonRequest('GET', `/api/applications/?page=${page}&page_size=100`, token));
    if (answer.status !== 200) throw new Error(`list page ${page}: ${answer.status} ${answer.text().slice(0, 200)}`);
    const body = answer.json<{ results: Json[]; next: string | null }>();
    all.push(...body.results);
    if (!body.next) return all;
  }
}

export async function verifyAfterRestart(client: HttpClient, tokens: Map<string, string>, model: CrashModel): Promise<VerifyResult> {
  const result: VerifyResult = { problems: [], applications: 0, files: 0, requests: 0 };
  const count = () => void result.requests++;
  const pendingByApp = new Map<string, Pending>();
  const pendingCreates: Array<{ worker: string; pending: Pending }> = [];
  for (const [worker, pending] of model.pending) {
    if (pending.op.kind === 'create') pendingCreates.push({ worker, pending });
    else if ('appId' in pending.op) pendingByApp.set(pending.op.appId, pending);
  }

  for (const [owner, token] of tokens) {
    const listed = await listAll(client, token, count);
    const listedIds = new Set(listed.map((item) => String(item['id'])));
    for (const tracked of [...model.applications.values()].filter((application) => application.owner === owner)) {
      result.applications++;
      if (!listedIds.has(tracked.id)) result.problems.push(`acknowledged application ${tracked.id} missing from the list`);
      count();
      const answer = await client.send(jsonRequest('GET', `/api/applications/${tracked.id}/`, token));
      if (answer.status !== 200) {
        result.problems.push(`acknowledged application ${tracked.id}: ${answer.status}`);
        continue;
      }
      const actual = answer.json<Json>();
      const pending = pendingByApp.get(tracked.id);
      if (!pending) {
        if (!sameJson(actual, tracked.snapshot)) result.problems.push(`application ${tracked.id} differs from its acknowledged state`);
      } else if (pending.acknowledged) {
        if (!appliedOnce(pending.op, tracked.snapshot, actual)) result.problems.push(`acknowledged ${pending.op.kind} on ${tracked.id} is not there (exactly)`);
      } else if (!sameJson(actual, tracked.snapshot)) {
        if (appliedOnce(pending.op, tracked.snapshot, actual)) model.counts.adoptedInFlight++;
        else result.problems.push(`${pending.op.kind} in flight on ${tracked.id} left a state that is neither before nor after it`);
      }
      tracked.snapshot = actual;
    }
    // Records the model does not know must be creates that were in flight at the kill, whole.
    for (const item of listed.filter((entry) => !model.applications.has(String(entry['id'])))) {
      const company = (item['company'] as Json | undefined)?.['name'];
      const match = pendingCreates.find(({ pending }) => pending.op.kind === 'create' && company === `${pending.op.label} Corp`);
      const label = match?.pending.op.kind === 'create' ? match.pending.op.label : '';
      if (!match || match.pending.acknowledged || item['notes'] !== `notes of ${label}` || (item['job'] as Json | undefined)?.['title'] !== `${label} engineer`) {
        result.problems.push(`unexpected application ${String(item['id'])} (${String(company)})`);
        continue;
      }
      model.counts.adoptedInFlight++;
      model.applications.set(String(item['id']), { id: String(item['id']), owner, worker: match.worker, snapshot: item });
    }
    // Every attachment of every record is served, whole.
    for (const item of listed) {
      for (const attachment of (item['attachments'] as Json[] | undefined) ?? []) {
        count();
        const file = await client.send({ method: 'GET', path: String(attachment['file_url']), headers: { Authorization: `Bearer ${token}` } });
        result.files++;
        if (file.status !== 200) result.problems.push(`attachment ${String(attachment['file_url'])} of ${String(item['id'])}: ${file.status}`);
      }
    }
  }
  for (const record of model.files) {
    count();
    const file = await client.send({ method: 'GET', path: record.url, headers: { Authorization: `Bearer ${tokens.get(record.owner)}` } });
    result.files++;
    if (file.status !== 200 || !file.body.equals(record.bytes)) result.problems.push(`acknowledged file ${record.url}: ${file.status}, ${file.body.length} bytes`);
  }
  model.pending.clear();
  return result;
}
