/** Whether an application is closed as "no response", read as the server reads it: a closing
 * event stays in force until any other event is dated after it, and an ending status (rejected,
 * withdrawn, accepted) is the newer word. */
import { parseServerDate } from '../../lib/time.js';
import type { Application } from '../../lib/trpc.js';

const ENDINGS = new Set(['rejected', 'withdrawn', 'accepted']);

/** When it was closed (the server's date text), or null while it is not closed. */
export function closedAsNoResponseOn(application: Application): string | null {
  if (ENDINGS.has(application.application?.status ?? '')) return null;
  let closed: { text: string; time: number } | null = null;
  let latestOther = -Infinity;
  for (const event of application.timeline) {
    const time = parseServerDate(event.date)?.getTime();
    if (time === undefined) continue;
    if (event.closed_as === 'no_response') {
      if (!closed || time > closed.time) closed = { text: event.date as string, time };
    } else if (time > latestOther) {
      latestOther = time;
    }
  }
  return closed && closed.time >= latestOther ? closed.text : null;
}

/** Open: not ended and not closed, so it can still be closed as "no response". */
export function canCloseAsNoResponse(application: Application): boolean {
  return !ENDINGS.has(application.application?.status ?? '') && closedAsNoResponseOn(application) === null;
}
