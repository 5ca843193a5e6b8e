/** Request bodies as DRF parses them: JSON, urlencoded or multipart; empty means `{}`; malformed
 * JSON is a 400 and an unknown type a 415 (thrown as request errors, answered by the table).
 * Multipart here is for the JSON operations' small forms; uploads stream (files/upload-form.ts). */
import type { Context } from 'hono';
import { RequestError } from '../request/request-error.js';

export type ParsedBody = { value: unknown };

/** What the generated REST routes accept, as DRF's default parsers do. */
export const JSON_ENDPOINT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] as const;

/** The request's media type, lowercased, without parameters ("" when none). */
export function mediaTypeOf(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The form's text fields, the last value of each winning (files are not fields). */
function lastValues(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (!(value instanceof File)) fields[key] = value;
  }
  return fields;
}

export async function readRequestBody(c: Context, accepts: readonly string[]): Promise<ParsedBody> {
  const mediaType = mediaTypeOf(c);
  const raw = c.req.raw;
  const maybeEmpty = raw.body === null || c.req.header('content-length') === '0';

  if (mediaType === 'multipart/form-data' && accepts.includes(mediaType)) {
    let form: FormData;
    try {
      form = await raw.formData();
    } catch {
      throw new RequestError('REQUEST.MALFORMED_MULTIPART');
    }
    return { value: lastValues(form.entries()) };
  }

  const text = maybeEmpty ? '' : await raw.text();
  if (text === '') return { value: {} };

  if ((mediaType === 'application/json' || mediaType.endsWith('+json')) && accepts.includes('application/json')) {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      throw new RequestError('REQUEST.MALFORMED_JSON', { reason: error instanceof SyntaxError ? error.message : 'Invalid JSON' });
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded' && accepts.includes(mediaType)) {
    return { value: lastValues(new URLSearchParams(text).entries()) };
  }
  throw new RequestError('REQUEST.UNSUPPORTED_MEDIA_TYPE', { contentType: c.req.header('content-type') ?? '' });
}

/** Query values: the last one wins, as Django's QueryDict.get does. */
export function queryValues(c: Context): Record<string, string> {
  return Object.fromEntries(new URL(c.req.url).searchParams.entries());
}
