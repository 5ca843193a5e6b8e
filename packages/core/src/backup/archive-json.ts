/** The archive's JSON: dates written as `{"$date": "<ISO-8601>"}` (MongoDB Extended JSON's
 * relaxed form), so any document, with fields added by later versions, round-trips with its
 * dates as dates. Reading refuses other `$` keys and `__proto__`, and lines too long. */
import { utf8Bytes, strictUtf8Decoder } from '../shared/text-codec.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function encodeTagged(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.toISOString() } : encoded;
  });
}

export class TaggedJsonError extends Error {}

export function decodeTagged(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date') {
      const iso = (value as { $date: unknown }).$date;
      const date = typeof iso === 'string' && ISO_INSTANT.test(iso) ? new Date(iso) : null;
      if (!date || Number.isNaN(date.getTime())) throw new TaggedJsonError(`${JSON.stringify(iso)} is not an ISO-8601 UTC date`);
      return date;
    }
    const bad = keys.find((key) => key.startsWith('$') || key === '__proto__');
    if (bad !== undefined) throw new TaggedJsonError(`the key ${JSON.stringify(bad)} is not allowed`);
    return value;
  });
}

/** One encoded document per line, UTF-8. */
export async function* jsonLines(documents: AsyncIterable<unknown> | Iterable<unknown>, onLine?: () => void): AsyncGenerator<Uint8Array> {
  for await (const document of documents) {
    onLine?.();
    yield utf8Bytes(`${encodeTagged(document)}\n`);
  }
}

export class LineTooLongError extends Error {}

/** The lines of a UTF-8 byte stream (LF-separated, a final line without LF included), each
 * numbered from 1; stops with LineTooLongError past `maxBytes` in one line. */
export async function* textLines(bytes: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<{ number: number; text: string }> {
  const decoder = strictUtf8Decoder();
  let pending = '';
  let number = 0;
  for await (const chunk of bytes) {
    pending += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      number += 1;
      yield { number, text: pending.slice(0, end) };
      pending = pending.slice(end + 1);
    }
    // UTF-16 units are at most a byte count's worth: a safe upper bound for the check.
    if (pending.length > maxBytes) throw new LineTooLongError(`line ${number + 1} is longer than ${maxBytes} bytes`);
  }
  pending += decoder.decode();
  if (pending !== '') yield { number: number + 1, text: pending };
}
