/** The text rules of iCalendar (RFC 5545 section 3.1 and 3.3): CRLF line ends, content lines
 * folded at 75 octets with a leading space, TEXT values escaped, UTC and DATE value forms. */

export const ICAL_LINE_END = '\r\n';
const MAX_LINE_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, every line break as `\n`, and other
 * control characters (not allowed in TEXT) dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** One content line, folded so no line exceeds 75 octets (UTF-8) before its CRLF; a character is
 * never split across lines, and each continuation line starts with one space. */
export function foldLine(line: string): string {
  // Most lines are short ASCII: no folding to do.
  if (line.length <= MAX_LINE_OCTETS && /^[\x00-\x7f]*$/.test(line)) return line + ICAL_LINE_END;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(ICAL_LINE_END) + ICAL_LINE_END;
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, 3 octets). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** A UTC DATE-TIME: `YYYYMMDDTHHMMSSZ`. */
export function utcDateTime(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** A DATE from `YYYY-MM-DD`: `YYYYMMDD`. */
export const dateValue = (calendarDate: string): string => calendarDate.replace(/-/g, '');
