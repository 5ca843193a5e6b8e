/** The crash part's writers: each worker writes as one user, one request at a time, to the
 * applications it created (so no other writer changes them): creates, status changes, timeline
 * events, attachments and plain uploads. What the server acknowledged goes into the model; the
 * write in flight when the server dies stays pending. A worker ends when the server stops
 * answering. */
import { applicationBody, jsonRequest, uploadRequest } from '../api/json-api.js';
import { TransportError, type HttpClient } from '../http/raw-client.js';
import type { Random } from '../random.js';
import type { CrashModel, Json, WriteOp } from './crash-model.js';

export type Worker = { id: string; owner: string; token: string };

export type WorkloadOutcome = { requests: number; unexpected: string[] };

const STATUSES = ['applied', 'screening', 'interview', 'technical_test', 'offer', 'rejected', 'accepted', 'withdrawn'];

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

/** Text content unique to this upload, some tens of KiB. */
function uploadBytes(label: string, random: Random): Buffer {
  return Buffer.from(`${label}\n${'reliability harness upload line\n'.repeat(random.int(1, 1500))}`, 'utf8');
}

function chooseOp(worker: Worker, model: CrashModel, random: Random): WriteOp {
  const owned = [...model.applications.values()].filter((application) => application.worker === worker.id);
  const kind = owned.length === 0 ? 'create' : random.weighted([['create', 3], ['status', 3], ['timeline', 3], ['attach', 2], ['upload', 1]] as const);
  const appId = owned.length > 0 ? random.pick(owned).id : '';
  switch (kind) {
    case 'create':
      return { kind, label: unique('crash') };
    case 'status':
      return { kind, appId, status: random.pick(STATUSES), notes: unique('status note') };
    case 'timeline':
      return { kind, appId, title: unique('event'), eventType: random.pick(['interview', 'note', 'follow_up']), date: new Date(Date.UTC(2025, 0, 1) + random.int(0, 1e7) * 1000).toISOString() };
    case 'attach':
    case 'upload': {
      const name = `${unique(kind)}.txt`;
      return kind === 'attach' ? { kind, appId, name, bytes: uploadBytes(name, random) } : { kind, name, bytes: uploadBytes(name, random) };
    }
  }
}

function requestFor(op: WriteOp, token: string) {
  const file = (name: string, bytes: Buffer) => ({ name, type: 'text/plain', bytes });
  switch (op.kind) {
    case 'create':
      return { request: jsonRequest('POST', '/api/applications/', token, applicationBody(op.label)), status: 201 };
    case 'status':
      return { request: jsonRequest('PATCH', `/api/applications/${op.appId}/status/`, token, { status: op.status, notes: op.notes }), status: 200 };
    case 'timeline':
      return {
        request: jsonRequest('POST', `/api/applications/${op.appId}/timeline/`, token, { event_type: op.eventType, title: op.title, date: op.date }),
        status: 201,
      };
    case 'attach':
      return { request: uploadRequest(`/api/applications/${op.appId}/attach/`, token, file(op.name, op.bytes)), status: 201 };
    case 'upload':
      return { request: uploadRequest('/api/applications/upload/', token, file(op.name, op.bytes)), status: 201 };
  }
}

type Workload = { client: HttpClient; workers: Worker[]; model: CrashModel; random: Random };

async function runWorker({ client, model, random }: Workload, worker: Worker, outcome: WorkloadOutcome): Promise<void> {
  for (;;) {
    const op = chooseOp(worker, model, random);
    const pending = { op, acknowledged: false } as { op: WriteOp; acknowledged: boolean };
    model.pending.set(worker.id, pending);
    try {
      const { request, status } = requestFor(op, worker.token);
      outcome.requests++;
      const answer = await client.send(request);
      if (answer.status !== status) {
        // Refused writes change nothing; the harness's own writes are all valid, so this is a bug.
        outcome.unexpected.push(`${op.kind}: ${answer.status} ${answer.text().slice(0, 200)}`);
        model.pending.delete(worker.id);
        continue;
      }
      pending.acknowledged = true;
      model.counts.acknowledged++;
      const body = answer.json<Json>();
      if (op.kind === 'create') {
        model.applications.set(String(body['id']), { id: String(body['id']), owner: worker.owner, worker: worker.id, snapshot: body });
      } else if (op.kind === 'status') {
        model.applications.get(op.appId)!.snapshot = body;
      } else if (op.kind === 'upload' || op.kind === 'attach') {
        const info = (op.kind === 'attach' ? body['file'] : body) as Json;
        model.files.push({ url: String(info['file_url']), bytes: op.bytes, owner: worker.owner });
      }
      if (op.kind === 'timeline' || op.kind === 'attach') {
        // Re-read: the state the server reports now is the acknowledged state.
        outcome.requests++;
        const reread = await client.send(jsonRequest('GET', `/api/applications/${op.appId}/`, worker.token));
        if (reread.status !== 200) outcome.unexpected.push(`re-read: ${reread.status}`);
        else model.applications.get(op.appId)!.snapshot = reread.json<Json>();
      }
      model.pending.delete(worker.id);
    } catch (error) {
      if (error instanceof TransportError) return;
      throw error;
    }
  }
}

/** Runs every worker until the server stops answering (the caller kills it). */
export async function runCrashWorkload(workload: Workload): Promise<WorkloadOutcome> {
  const outcome: WorkloadOutcome = { requests: 0, unexpected: [] };
  await Promise.all(workload.workers.map((worker) => runWorker(workload, worker, outcome)));
  return outcome;
}
