/** The process log: pino's JSON lines on stdout, written by an asynchronous destination
 * (sonic-boom) so a request never waits for the terminal or a pipe; pino flushes it on exit.
 * Fields that could carry credentials are censored, though nothing logs headers or bodies. */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACTED = ['authorization', 'cookie', 'password', 'token', 'access', 'refresh'];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED, ...REDACTED.map((key) => `*.${key}`)], censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
