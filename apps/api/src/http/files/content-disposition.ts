/** RFC 6266 / RFC 8187 `Content-Disposition: attachment`: an ASCII fallback in `filename` and the
 * exact UTF-8 name percent-encoded in `filename*`, so no raw non-ASCII or control byte ever
 * reaches a header. */
const NOT_SAFE_ASCII = /[^\x20-\x7e]|["\\%;]/g;
const NOT_ATTR_CHAR = /['()*]/g;

export function attachmentDisposition(name: string, fallbackName: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '');
  const ascii = clean.replace(NOT_SAFE_ASCII, '_').trim() || fallbackName;
  let encoded: string;
  try {
    encoded = encodeURIComponent(clean || fallbackName).replace(NOT_ATTR_CHAR, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A lone surrogate cannot be encoded: the fallback alone is still a valid header.
    return `attachment; filename="${ascii}"`;
  }
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
