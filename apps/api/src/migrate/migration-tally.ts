/** What a migration counted, per kind of record, and its printed summary. */
import { createHash } from 'node:crypto';

export const KINDS = ['users', 'applications', 'companies', 'contacts', 'settings', 'files'] as const;
export type Kind = (typeof KINDS)[number];

export type KindCounts = {
  /** In the source. */
  source: number;
  /** Written to the target by this run. */
  copied: number;
  /** Already in the target, the same (an earlier run copied them). */
  present: number;
  /** In the target but different, or refused by it: left as they are, reported. */
  conflicts: number;
  /** Read back from the target with the source's checksum. */
  verified: number;
};

export type MigrationSummary = {
  counts: Record<Kind, KindCounts>;
  /** One line per conflict or failed check. */
  problems: string[];
  /** SHA-256 over every record's checksum, in the same order on both sides. */
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
};

export type Tally = ReturnType<typeof createTally>;

export function createTally() {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { source: 0, copied: 0, present: 0, conflicts: 0, verified: 0 }])) as Record<Kind, KindCounts>;
  // One line per record: the first thing said about it (a conflict says more than "differs").
  const problems = new Map<string, string>();
  const say = (kind: Kind, id: string, message: string) => {
    if (!problems.has(`${kind} ${id}`)) problems.set(`${kind} ${id}`, `${kind} ${id}: ${message}`);
  };
  const sourceHash = createHash('sha256');
  const targetHash = createHash('sha256');
  return {
    counts,
    conflict(kind: Kind, id: string, message: string) {
      counts[kind].conflicts += 1;
      say(kind, id, message);
    },
    /** Both sides' checksum of one record (null: missing on that side), in a fixed order. */
    checked(kind: Kind, id: string, source: string | null, target: string | null) {
      sourceHash.update(`${kind} ${id} ${source ?? '-'}\n`);
      targetHash.update(`${kind} ${id} ${target ?? '-'}\n`);
      if (source !== null && source === target) counts[kind].verified += 1;
      else if (source === null) say(kind, id, 'in the target but not in the source');
      else say(kind, id, target === null ? 'missing from the target' : 'differs in the target');
    },
    summary(): MigrationSummary {
      const sourceChecksum = sourceHash.digest('hex');
      const targetChecksum = targetHash.digest('hex');
      const complete = KINDS.every((kind) => counts[kind].verified === counts[kind].source);
      return {
        counts,
        problems: [...problems.values()],
        sourceChecksum,
        targetChecksum,
        ok: problems.size === 0 && complete && sourceChecksum === targetChecksum,
      };
    },
  };
}

export function formatSummary(summary: MigrationSummary, labels: { from: string; to: string }): string {
  const header = ['', 'in source', 'copied', 'already there', 'conflicts', 'verified'];
  const rows = KINDS.map((kind) => {
    const c = summary.counts[kind];
    return [kind, c.source, c.copied, c.present, c.conflicts, c.verified].map(String);
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [
    `Migrated ${labels.from} -> ${labels.to} (sessions are not copied: users sign in again)`,
    line(header),
    ...rows.map(line),
    `checksum of the source: ${summary.sourceChecksum}`,
    `checksum of the target: ${summary.targetChecksum}`,
    ...summary.problems.slice(0, 50).map((problem) => `  ! ${problem}`),
    ...(summary.problems.length > 50 ? [`  ! ... and ${summary.problems.length - 50} more`] : []),
    summary.ok ? 'Verified: every record is in the target with the same checksum.' : 'NOT VERIFIED: see the lines above; nothing in the target was overwritten.',
  ].join('\n');
}
