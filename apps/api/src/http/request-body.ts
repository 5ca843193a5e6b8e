/** Request bodies as DRF parses them: JSON, urlencoded or multipart; empty means `{}`; malformed
 * JSON is a 400 and an unknown type a 415, both with the contract's `detail` texts. */
import type { Context } from 'hono';

export type ParsedBody =
  | { ok: true; value: unknown; files: Map<string, File> }
  | { ok: false; status: 400 | 415; body: { detail: string } };

export function mediaTypeOf(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function lastValues(entries: Iterable<[string, unknown]>): { fields: Record<string, unknown>; files: Map<string, File> } {
  const fields: Record<string, unknown> = {};
  const files = new Map<string, File>();
  for (const [key, value] of entries) {
    if (value instanceof File) files.set(key, value);
    else fields[key] = value;
  }
  return { fields, files };
}

export async function readRequestBody(c: Context, accepts: readonly string[]): Promise<ParsedBody> {
  const mediaType = mediaTypeOf(c);
  const raw = c.req.raw;
  const contentLength = c.req.header('content-length');
  const maybeEmpty = raw.body === null || contentLength === '0';
  const unsupported = (): ParsedBody => ({
    ok: false,
    status: 415,
    body: { detail: `Unsupported media type "${c.req.header('content-type') ?? ''}" in request.` },
  });

  if (mediaType === 'multipart/form-data' && accepts.includes(mediaType)) {
    try {
      const form = await raw.formData();
      const { fields, files } = lastValues(form.entries());
      return { ok: true, value: fields, files };
    } catch {
      return { ok: false, status: 400, body: { detail: 'Multipart form parse error - Invalid boundary in multipart' } };
    }
  }

  const text = maybeEmpty ? '' : await raw.text();
  if (text === '') return { ok: true, value: {}, files: new Map() };

  if ((mediaType === 'application/json' || mediaType.endsWith('+json')) && accepts.includes('application/json')) {
    try {
      return { ok: true, value: JSON.parse(text), files: new Map() };
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : 'Invalid JSON';
      return { ok: false, status: 400, body: { detail: `JSON parse error - ${reason}` } };
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded' && accepts.includes(mediaType)) {
    const { fields } = lastValues(new URLSearchParams(text).entries());
    return { ok: true, value: fields, files: new Map() };
  }
  return unsupported();
}

export const JSON_ENDPOINT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] as const;
