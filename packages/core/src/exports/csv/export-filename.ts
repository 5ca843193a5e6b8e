/** Download names of contract 9: `<base>_<YYYYMMDD>.<ext>`, dated in UTC (defect 26: the
 * original used local time and was only right because its server ran in UTC). */
import { utcDateCompact } from './utc-date.js';

export const exportFilename = (base: string, extension: string, now: Date): string =>
  `${base}_${utcDateCompact(now)}.${extension}`;
