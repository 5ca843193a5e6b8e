/** Multipart bodies for the upload operations: well-formed with hostile file names, types and
 * contents (every magic the server sniffs, executables, binary junk, empty, one byte over the
 * size limit), and broken ones (no boundary, another boundary, cut short, no disposition,
 * garbage headers, more file parts than allowed). */
import fc from 'fast-check';
import { strangeText } from './values.js';

export type Body = { contentType: string | undefined; body: Buffer | string; variant: string };

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';
const crlf = '\r\n';

const MAGIC = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'),
  docx: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]),
  doc: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
  text: Buffer.from('plain text\n'),
  textWithNul: Buffer.from('text\u0000with nul'),
  badUtf8: Buffer.from([0x61, 0xff, 0xfe, 0x62]),
};

let oversized: Buffer | undefined;
/** One byte over the 5 MiB file limit, allocated on first use. */
const overLimit = () => (oversized ??= Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));

const content: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...Object.values(MAGIC)) },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => overLimit()) },
);

const filename: fc.Arbitrary<string> = fc
  .tuple(strangeText, fc.constantFrom('.pdf', '.txt', '.docx', '.doc', '.jpg', '.png', '.exe', '', '.PDF', '.tar.gz', '.', '.pdf.exe', '.txt\u0000.pdf'))
  .map(([stem, extension]) => `${stem}${extension}`);

function part(headers: string[], payload: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(`--${BOUNDARY}${crlf}${headers.join(crlf)}${crlf}${crlf}`, 'utf8'), Buffer.from(payload), Buffer.from(crlf)]);
}

const wellFormed: fc.Arbitrary<Body> = fc
  .record({
    name: filename,
    type: fc.constantFrom('application/pdf', 'text/plain', 'application/octet-stream', 'image/png', '', 'text/html; charset=utf-7'),
    bytes: content,
    fieldName: fc.oneof({ weight: 6, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: strangeText }),
    fields: fc.dictionary(fc.oneof(fc.constantFrom('file_type', 'file', '__proto__'), strangeText), strangeText, { maxKeys: 3 }),
    star: fc.boolean(),
  })
  .map(({ name, type, bytes, fieldName, fields, star }) => {
    const disposition = star
      ? `Content-Disposition: form-data; name="${fieldName}"; filename*=UTF-8''${encodeURIComponent(name.replace(/[\uD800-\uDFFF]/g, ''))}`
      : `Content-Disposition: form-data; name="${fieldName}"; filename="${name}"`;
    const parts = Object.entries(fields).map(([key, value]) => part([`Content-Disposition: form-data; name="${key}"`], value));
    parts.push(part([disposition, ...(type ? [`Content-Type: ${type}`] : [])], bytes));
    return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--${crlf}`)]), variant: 'multipart' };
  });

const filePart = part(['Content-Disposition: form-data; name="file"; filename="a.txt"', 'Content-Type: text/plain'], 'hello');
const closed = (parts: Buffer) => Buffer.concat([parts, Buffer.from(`--${BOUNDARY}--${crlf}`)]);

const BROKEN: Body[] = [
  { contentType: 'multipart/form-data', body: closed(filePart), variant: 'no boundary' },
  { contentType: 'multipart/form-data; boundary=other', body: closed(filePart), variant: 'other boundary' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: filePart, variant: 'not closed' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: filePart.subarray(0, 40), variant: 'cut short' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(part(['X-Nothing: here'], 'data')), variant: 'no disposition' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\n\r\n\r\n\r\n--${BOUNDARY}--`, variant: 'empty headers' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(part([`Content-Disposition: form-data; name="file"; filename="a.txt"; ${'x'.repeat(20_000)}`], 'a')), variant: 'huge header' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(Buffer.concat(Array.from({ length: 120 }, () => filePart))), variant: '120 file parts' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: '--', variant: 'two dashes' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: '', variant: 'empty' },
  { contentType: `multipart/form-data; boundary="${'b'.repeat(300)}"`, body: closed(filePart), variant: 'long boundary' },
  { contentType: 'multipart/mixed; boundary=x', body: '--x\r\n\r\n--x--', variant: 'multipart/mixed' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(part(['Content-Disposition: form-data; name="file"; filename="a.txt"', 'Content-Type: multipart/mixed; boundary=inner'], '--inner\r\n\r\nx\r\n--inner--')), variant: 'nested multipart' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(part(['Content-Disposition: form-data; name="file"; filename="a.txt"', 'Content-Transfer-Encoding: base64'], '!!!not base64!!!')), variant: 'transfer encoding' },
  { contentType: 'application/json', body: '{"file": "not a file"}', variant: 'json instead' },
  { contentType: undefined, body: closed(filePart), variant: 'no content type' },
];

export const uploadBody: fc.Arbitrary<Body> = fc.oneof({ weight: 3, arbitrary: wellFormed }, { weight: 2, arbitrary: fc.constantFrom(...BROKEN) });

/** A small form for the JSON operations (they take multipart forms too, as DRF does). */
export function formBody(fields: Record<string, unknown>): Body {
  const parts = Object.entries(fields).map(([key, value]) => part([`Content-Disposition: form-data; name="${key}"`], typeof value === 'string' ? value : JSON.stringify(value) ?? ''));
  return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: closed(Buffer.concat(parts)), variant: 'form' };
}
