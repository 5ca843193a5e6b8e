/** Reads the status history the status endpoint writes into the timeline: events of type
 * `status_change` titled "Status changed from <old> to <new>" (contract 5.7). */

const STATUS_CHANGE_TITLE = /^Status changed from (.*) to (.*)$/s;

export type StatusChange = { from: string; to: string };

/** The two statuses of a status-change title, or null for any other title. The new status is
 * always one of the eight (the endpoint checks it) and has no " to " in it, while the old one is
 * whatever was stored; the greedy first group therefore splits at the last " to ". */
export function parseStatusChange(title: string | undefined): StatusChange | null {
  if (title === undefined) return null;
  const match = STATUS_CHANGE_TITLE.exec(title);
  return match ? { from: match[1] as string, to: match[2] as string } : null;
}
