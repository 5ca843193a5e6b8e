/** Bytes to text for the importer: UTF-8 only (a BOM is dropped), refused with a clear message
 * when it is not, and stopped as soon as the file grows past the limit. */
import { strictUtf8Decoder } from '../shared/text-codec.js';
import { fileError, MAX_IMPORT_BYTES } from './import-limits.js';

const BOM = '\uFEFF';
const SIGNATURE_BYTES = 4;

/** What a file that is not CSV text most likely is, from its first bytes. */
function notTextReason(head: readonly number[]): string | null {
  const startsWith = (prefix: readonly number[]) => prefix.every((byte, index) => head[index] === byte);
  if (startsWith([0xff, 0xfe]) || startsWith([0xfe, 0xff])) return 'The file is UTF-16 text. Save it as "CSV UTF-8" and upload it again.';
  if (startsWith([0x50, 0x4b, 0x03, 0x04])) {
    return 'The file is a spreadsheet workbook (such as .xlsx), not CSV. Save it as "CSV UTF-8" and upload that.';
  }
  if (startsWith([0xd0, 0xcf, 0x11, 0xe0])) return 'The file is an old Excel workbook (.xls), not CSV. Save it as "CSV UTF-8" and upload that.';
  return null;
}

const notUtf8 = (where: string) => fileError(`The file is not UTF-8 text (${where}). Save it as "CSV UTF-8" and upload it again.`);

/** Index of the first byte that starts no valid UTF-8 sequence (overlong forms, surrogates and
 * values above U+10FFFF included); -1 when a sequence only runs past the end. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const [length, min, max] = byte < 0x80 ? [1, 0, 0] : byte >= 0xc2 && byte <= 0xdf ? [2, 0x80, 0xbf] : byte === 0xe0 ? [3, 0xa0, 0xbf]
      : byte === 0xed ? [3, 0x80, 0x9f] : byte >= 0xe1 && byte <= 0xef ? [3, 0x80, 0xbf] : byte === 0xf0 ? [4, 0x90, 0xbf]
      : byte >= 0xf1 && byte <= 0xf3 ? [4, 0x80, 0xbf] : byte === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined) return -1;
      const [low, high] = next === 1 ? [min, max] : [0x80, 0xbf];
      if (continuation < low || continuation > high) return index;
    }
    index += length;
  }
  return -1;
}

/** The last bytes of `chunk` when they begin a character that continues in the next chunk. */
function trailingPartial(chunk: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= chunk.byteLength; back += 1) {
    const byte = chunk[chunk.byteLength - back] as number;
    if (byte >= 0xc0) return chunk.slice(chunk.byteLength - back);
    if (byte < 0x80) break;
  }
  return new Uint8Array(0);
}

const hexByte = (byte: number | undefined) => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Text chunks of `chunks` (bytes, or text the caller decoded already). */
export async function* utf8Text(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxBytes = MAX_IMPORT_BYTES,
): AsyncGenerator<string> {
  const decoder = strictUtf8Decoder();
  const head: number[] = [];
  let bytes = 0;
  let lines = 1;
  /** The bytes of a character split across chunks, so an error's position can be found. */
  let carried: Uint8Array = new Uint8Array(0);
  let atStart = true;
  const emit = (text: string): string => {
    if (atStart && text.length > 0) {
      atStart = false;
      return text.startsWith(BOM) ? text.slice(1) : text;
    }
    return text;
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      bytes += chunk.length;
      text = chunk;
    } else {
      bytes += chunk.byteLength;
      for (let index = 0; head.length < SIGNATURE_BYTES && index < chunk.byteLength; index += 1) head.push(chunk[index] as number);
      if (head.length > 0 && bytes - chunk.byteLength < SIGNATURE_BYTES) {
        const reason = notTextReason(head);
        if (reason) throw fileError(reason);
      }
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const joined = new Uint8Array(carried.byteLength + chunk.byteLength);
        joined.set(carried);
        joined.set(chunk, carried.byteLength);
        const bad = Math.max(firstInvalidUtf8(joined), 0);
        const before = strictUtf8Decoder().decode(joined.subarray(0, bad));
        const line = lines + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
        throw notUtf8(`line ${line} has the byte ${hexByte(joined[bad])}`);
      }
      carried = trailingPartial(chunk);
      lines += text.match(/\r\n|\r|\n/g)?.length ?? 0;
    }
    if (bytes > maxBytes) throw fileError(`The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);
    const out = emit(text);
    if (out.length > 0) yield out;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8('it ends inside a character');
  }
  const out = emit(rest);
  if (out.length > 0) yield out;
}
