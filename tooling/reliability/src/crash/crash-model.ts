/** What the crash part knows the server acknowledged: per application the last state the server
 * reported after an acknowledged write, the files it acknowledged, and per worker the one write
 * that may be pending at the kill (acknowledged but not yet re-read: must be there; or in flight:
 * may be there or not, never half). */

export type Json = Record<string, unknown>;

export type FileRecord = { url: string; bytes: Buffer; owner: string };

export type WriteOp =
  | { kind: 'create'; label: string }
  | { kind: 'status'; appId: string; status: string; notes: string }
  | { kind: 'timeline'; appId: string; title: string; eventType: string; date: string }
  | { kind: 'attach'; appId: string; name: string; bytes: Buffer }
  | { kind: 'upload'; name: string; bytes: Buffer };

export type Pending = { op: WriteOp; acknowledged: boolean; fileUrl?: string };

export type TrackedApplication = { id: string; owner: string; worker: string; snapshot: Json };

export type CrashModel = {
  applications: Map<string, TrackedApplication>;
  files: FileRecord[];
  /** Per worker id. */
  pending: Map<string, Pending>;
  counts: { acknowledged: number; inFlightAtKill: number; adoptedInFlight: number };
};

export function emptyModel(): CrashModel {
  return { applications: new Map(), files: [], pending: new Map(), counts: { acknowledged: 0, inFlightAtKill: 0, adoptedInFlight: 0 } };
}

/** Deep equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Json)[key])]));
  }
  return value;
}

/** A copy without the given top-level keys and `application.status` when asked. */
function without(document: Json, keys: string[], dropStatus = false): Json {
  const copy: Json = { ...document };
  for (const key of keys) delete copy[key];
  if (dropStatus && copy['application'] && typeof copy['application'] === 'object') {
    const application = { ...(copy['application'] as Json) };
    delete application['status'];
    copy['application'] = application;
  }
  return copy;
}

const listOf = (document: Json, key: string) => (Array.isArray(document[key]) ? (document[key] as Json[]) : []);

/** Whether `actual` is `before` with exactly `op` applied (and nothing else changed). */
export function appliedOnce(op: WriteOp, before: Json, actual: Json): boolean {
  const beforeTimeline = listOf(before, 'timeline');
  const actualTimeline = listOf(actual, 'timeline');
  switch (op.kind) {
    case 'status': {
      const last = actualTimeline.at(-1);
      return (
        (actual['application'] as Json | undefined)?.['status'] === op.status &&
        actualTimeline.length === beforeTimeline.length + 1 &&
        sameJson(actualTimeline.slice(0, -1), beforeTimeline) &&
        last?.['event_type'] === 'status_change' &&
        last['notes'] === op.notes &&
        sameJson(without(actual, ['timeline', 'updated_at'], true), without(before, ['timeline', 'updated_at'], true))
      );
    }
    case 'timeline': {
      const last = actualTimeline.at(-1);
      return (
        actualTimeline.length === beforeTimeline.length + 1 &&
        sameJson(actualTimeline.slice(0, -1), beforeTimeline) &&
        last?.['title'] === op.title &&
        last['event_type'] === op.eventType &&
        // The contract renders dates as `YYYY-MM-DD HH:MM:SS` (UTC).
        last['date'] === op.date.slice(0, 19).replace('T', ' ') &&
        sameJson(without(actual, ['timeline', 'updated_at']), without(before, ['timeline', 'updated_at']))
      );
    }
    case 'attach': {
      const beforeFiles = listOf(before, 'attachments');
      const actualFiles = listOf(actual, 'attachments');
      const last = actualFiles.at(-1);
      return (
        actualFiles.length === beforeFiles.length + 1 &&
        sameJson(actualFiles.slice(0, -1), beforeFiles) &&
        last?.['filename'] === op.name &&
        sameJson(without(actual, ['attachments', 'updated_at']), without(before, ['attachments', 'updated_at']))
      );
    }
    default:
      return false;
  }
}
