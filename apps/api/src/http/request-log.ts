/** The request log (`LOG_REQUESTS`): Hono's logger, with the calendar feed's secret taken out of
 * the logged path, since that secret is the feed's only credential. */
import type { MiddlewareHandler } from 'hono';
import { logger } from 'hono/logger';

const CALENDAR_SECRET = /(\/api\/calendar\/)[^/?\s]+/g;

export function redactSecrets(line: string): string {
  return line.replace(CALENDAR_SECRET, '$1[secret]');
}

export function requestLog(print: (line: string) => void = console.log): MiddlewareHandler {
  return logger((line) => print(redactSecrets(line)));
}
