/** Putting hostile text on the wire: percent-encoding that keeps lone surrogates (as the
 * WTF-8 bytes a careless client would send, which are not valid UTF-8), and header values cut to
 * what HTTP/1.1 can carry (Node refuses the rest before sending). */

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    if (UNRESERVED.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0)!;
    const bytes =
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        : [...Buffer.from(char, 'utf8')];
    out += bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

export function queryString(entries: Array<[string, string]>): string {
  return entries.map(([key, value]) => `${encodeSegment(key)}=${encodeSegment(value)}`).join('&');
}

/** A header value Node will send: tab, printable ASCII and Latin-1 bytes only. */
export function headerSafe(text: string): string {
  return text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
}

/** A request's text for leak checks and reports: the path decoded where it decodes. */
export function requestText(path: string, body: string | Buffer | undefined): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed on purpose.
  }
  const text = body === undefined ? '' : typeof body === 'string' ? body : body.subarray(0, 2_000_000).toString('utf8');
  return `${path}\n${decoded}\n${text}`;
}
