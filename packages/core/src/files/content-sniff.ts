/** Decides what an upload contains from its bytes (magic numbers), never from its name or the
 * declared type. Incremental, so a streamed upload is inspected while it is written. */

export type DetectedContent = 'pdf' | 'doc' | 'docx' | 'zip' | 'jpeg' | 'png' | 'text' | 'binary';

const HEAD_BYTES = 16;
const TAIL_BYTES = 256 * 1024;

const SIGNATURES: Array<{ content: DetectedContent; bytes: readonly number[] }> = [
  { content: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { content: 'doc', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE compound file
  { content: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\3\4
  { content: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { content: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** Which content each allowed extension must have. */
const EXPECTED: Record<string, DetectedContent> = {
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.docx': 'docx',
  '.txt': 'text',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
};

export function contentMatchesExtension(extension: string, content: DetectedContent): boolean {
  return EXPECTED[extension] === content;
}

/** Streaming UTF-8 validation (no overlongs, no surrogates) that also refuses NUL and the
 * binary control bytes; tab, LF, FF and CR are text. */
class TextCheck {
  private need = 0;
  private low = 0x80;
  private high = 0xbf;
  ok = true;

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length && this.ok; i++) this.byte(chunk[i] as number);
  }

  private byte(b: number): void {
    if (this.need > 0) {
      if (b < this.low || b > this.high) {
        this.ok = false;
        return;
      }
      this.low = 0x80;
      this.high = 0xbf;
      this.need--;
      return;
    }
    if (b < 0x80) {
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) this.ok = false;
      return;
    }
    if (b >= 0xc2 && b <= 0xdf) this.need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.need = 2;
      if (b === 0xe0) this.low = 0xa0;
      if (b === 0xed) this.high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.need = 3;
      if (b === 0xf0) this.low = 0x90;
      if (b === 0xf4) this.high = 0x8f;
    } else this.ok = false;
  }

  finish(): boolean {
    return this.ok && this.need === 0;
  }
}

function readUint16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (readUint16(bytes, at) | (readUint16(bytes, at + 2) << 16)) >>> 0;
}

const WORD_PREFIX = [0x77, 0x6f, 0x72, 0x64, 0x2f]; // "word/"

/** A ZIP is a DOCX when its central directory (read from the tail) lists a `word/` entry. */
function zipHasWordEntry(tail: Uint8Array, totalLength: number): boolean {
  const tailStart = totalLength - tail.length;
  for (let eocd = tail.length - 22; eocd >= 0 && eocd >= tail.length - 22 - 0xffff; eocd--) {
    if (tail[eocd] !== 0x50 || tail[eocd + 1] !== 0x4b || tail[eocd + 2] !== 0x05 || tail[eocd + 3] !== 0x06) continue;
    const entries = readUint16(tail, eocd + 10);
    let at = readUint32(tail, eocd + 16) - tailStart;
    if (at < 0) return false; // the directory starts before the tail we kept
    for (let n = 0; n < entries && at + 46 <= tail.length; n++) {
      if (readUint32(tail, at) !== 0x02014b50) return false;
      const nameLength = readUint16(tail, at + 28);
      const name = tail.subarray(at + 46, at + 46 + nameLength);
      if (WORD_PREFIX.every((b, i) => name[i] === b)) return true;
      at += 46 + nameLength + readUint16(tail, at + 30) + readUint16(tail, at + 32);
    }
    return false;
  }
  return false;
}

export type ContentSniffer = {
  push(chunk: Uint8Array): void;
  finish(): DetectedContent;
};

export function createContentSniffer(): ContentSniffer {
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let tail = new Uint8Array(0);
  let total = 0;
  const text = new TextCheck();

  return {
    push(chunk) {
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.length;
      }
      total += chunk.length;
      if (chunk.length >= TAIL_BYTES) tail = chunk.slice(chunk.length - TAIL_BYTES);
      else {
        const keep = Math.min(tail.length, TAIL_BYTES - chunk.length);
        const next = new Uint8Array(keep + chunk.length);
        next.set(tail.subarray(tail.length - keep));
        next.set(chunk, keep);
        tail = next;
      }
      text.push(chunk);
    },
    finish() {
      const start = head.subarray(0, headLength);
      const signature = SIGNATURES.find(({ bytes }) => bytes.every((b, i) => start[i] === b));
      if (signature?.content === 'zip') return zipHasWordEntry(tail, total) ? 'docx' : 'zip';
      if (signature) return signature.content;
      return text.finish() ? 'text' : 'binary';
    },
  };
}

export function detectContent(bytes: Uint8Array): DetectedContent {
  const sniffer = createContentSniffer();
  sniffer.push(bytes);
  return sniffer.finish();
}
