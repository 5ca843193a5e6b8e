/** Generated requests for one REST operation: its path parameters filled with good and bad ids,
 * hostile queries, bodies of every shape (schema-guided, any JSON, broken, deep, wide, huge,
 * forms, odd media types, invalid UTF-8) and odd Authorization headers. */
import fc from 'fast-check';
import type { RawRequest } from '../http/raw-client.js';
import { encodeSegment, headerSafe, queryString } from './encoding.js';
import type { FuzzFixture } from './fixture.js';
import { formBody, uploadBody, type Body } from './multipart-bodies.js';
import { objectFor, valueFor } from './schema-values.js';
import type { RestTarget } from './targets.js';
import { anyJson, brokenJson, deepJson, hugeText, strangeText, wideJson } from './values.js';

export type FuzzCase = { label: string; request: RawRequest };

const MISSING_ID = 'f'.repeat(24);

const rawSegments = fc.constantFrom('%', '%zz', '%ED%A0%80', '%C0%AE%C0%AE', '..', '%2e%2e', '.%2F..', '%00', '%2F', '~', '-1', '0', '1e3', '99999999999999999999999', 'null');

/** A path parameter: mostly ids that exist (own and another user's), or bad ones. */
function parameterValue(name: string, fixture: FuzzFixture): fc.Arbitrary<string> {
  const strange = fc.oneof(strangeText.map(encodeSegment), rawSegments);
  if (name === 'id') {
    const ids = [...fixture.ownApplications, ...fixture.ownCompanies];
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...ids) },
      { weight: 2, arbitrary: fc.constantFrom(fixture.otherApplication, fixture.otherCompany, MISSING_ID, MISSING_ID.toUpperCase(), `${ids[0]}0`, ids[0]!.slice(1)) },
      { weight: 3, arbitrary: strange },
    );
  }
  if (name === 'index') return fc.oneof(fc.constantFrom('0', '1', '-1', '1.5', '1e2', ' 0', '00', '4294967296', 'NaN'), strange);
  const [, , , user, kind, file] = fixture.ownFile.split('/');
  const [, , , otherUser, , otherFileName] = fixture.otherFile.split('/');
  const own = name === 'user_id' ? user : name === 'kind' ? kind : file;
  const other = name === 'user_id' ? otherUser : name === 'kind' ? kind : otherFileName;
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(own!, other!) }, { weight: 2, arbitrary: strange });
}

function pathFor(target: RestTarget, fixture: FuzzFixture): fc.Arbitrary<string> {
  const names = target.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
  return fc.tuple(fc.tuple(...names.map((name) => parameterValue(name, fixture))), fc.constantFrom('', '', '', 'strip-slash', 'double-slash', 'dot-segment')).map(([values, shape]) => {
    let path = target.path;
    names.forEach((name, index) => (path = path.replace(`{${name}}`, values[index]!)));
    if (shape === 'strip-slash') path = path.replace(/\/$/, '');
    if (shape === 'double-slash') path = path.replace('/api/', '/api//');
    if (shape === 'dot-segment') path = path.replace('/api/', '/api/./');
    return path;
  });
}

function queryFor(target: RestTarget): fc.Arbitrary<string> {
  const parameters = target.parameters.filter((parameter) => parameter.in === 'query');
  const documented = fc.array(
    fc.tuple(
      parameters.length > 0 ? fc.constantFrom(...parameters.map((parameter) => parameter.name)) : strangeText,
      fc.oneof(strangeText, valueFor(parameters[0]?.schema).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''))),
    ),
    { maxLength: 4 },
  );
  const odd = fc.constantFrom('%', 'q=%', 'q=%E0%A4%A', 'q=%ED%A0%80', '&&&', '=', 'page[$ne]=1', '__proto__[x]=1', 'page=1&page=2', `q=${'a'.repeat(9000)}`, 'format=json');
  return fc.oneof({ weight: 4, arbitrary: documented.map((entries) => queryString(entries)) }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constant('') });
}

const json = (value: unknown, variant: string): Body => ({ contentType: 'application/json', body: JSON.stringify(value) ?? 'null', variant });

function jsonBodyFor(target: RestTarget): fc.Arbitrary<Body> {
  const schema = target.body?.schema;
  const flat = (value: Record<string, unknown>) => Object.entries(value).map(([key, item]): [string, string] => [key, typeof item === 'string' ? item : JSON.stringify(item) ?? '']);
  return fc.oneof(
    { weight: 8, arbitrary: objectFor(schema).map((value) => json(value, 'schema-shaped')) },
    { weight: 3, arbitrary: anyJson.map((value) => json(value, 'any json')) },
    { weight: 1, arbitrary: brokenJson.map((text) => ({ contentType: 'application/json', body: text, variant: 'broken json' })) },
    { weight: 1, arbitrary: deepJson.map((text) => ({ contentType: 'application/json', body: text, variant: 'deep json' })) },
    { weight: 1, arbitrary: wideJson.map((value) => json(value, 'wide json')) },
    { weight: 1, arbitrary: fc.tuple(objectFor(schema), hugeText).map(([value, text]) => json({ ...value, notes: text, name: text, title: text }, 'huge text')) },
    { weight: 2, arbitrary: objectFor(schema).map((value) => ({ contentType: 'application/x-www-form-urlencoded', body: queryString(flat(value)), variant: 'urlencoded' })) },
    { weight: 1, arbitrary: objectFor(schema).map((value) => formBody(value)) },
    {
      weight: 1,
      arbitrary: fc.record({ contentType: fc.constantFrom('text/plain', 'application/json; charset=utf-16', 'application/xml', 'application/merge-patch+json', 'application/json\t', 'application/*'), value: anyJson }).map(
        ({ contentType, value }) => ({ contentType, body: JSON.stringify(value) ?? '', variant: 'odd media type' }),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<Body>({ contentType: 'application/json', body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), variant: 'invalid utf-8' }, { contentType: 'application/json', body: '', variant: 'empty' }, { contentType: undefined, body: '{"a":1}', variant: 'no media type' }) },
  );
}

export function authorization(token: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant(`Bearer ${token}`) },
    { weight: 1, arbitrary: fc.constantFrom<string | undefined>(undefined, 'Bearer', 'Bearer  ', `Bearer ${token} extra`, 'Basic dXNlcjpwYXNz', `bearer ${token}`, `Bearer ${token.slice(0, -4)}AAAA`, `Bearer ${'A'.repeat(12_000)}`, `Bearer ${token}.${token}`, 'Bearer e30.e30.', 'Token abc') },
    { weight: 1, arbitrary: strangeText.map((text) => headerSafe(`Bearer ${text}`)) },
  );
}

/** Other headers the server reads or might: the web session cookie, request ids, forwarding,
 * origin, ranges, encodings, all odd. */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.constantFrom('Cookie', 'X-Request-Id', 'X-Forwarded-For', 'Origin', 'Range', 'Content-Encoding', 'Accept', 'If-None-Match', 'X-HTTP-Method-Override', 'Sec-Fetch-Site', 'Host'),
  fc.oneof(
    fc.constantFrom('jt_session=', 'jt_session=%00', `jt_session=${'a'.repeat(4000)}`, 'jt_session=a; jt_session=b', '1.2.3.4, ::1, garbage', 'null', 'bytes=0-0,5-', 'bytes=-1', 'gzip', 'br', '*/*;q=abc', '"x"', 'DELETE', 'same-origin', 'evil.example', 'ÿþ'),
    strangeText.map(headerSafe),
  ),
  { maxKeys: 2 },
);

export function restCases(target: RestTarget, fixture: FuzzFixture): fc.Arbitrary<FuzzCase> {
  const isUpload = target.body?.mediaTypes.includes('multipart/form-data') && !target.body.mediaTypes.includes('application/json');
  const body: fc.Arbitrary<Body | undefined> = isUpload
    ? uploadBody
    : target.body
      ? jsonBodyFor(target)
      : fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: jsonBodyFor(target) });
  const method = fc.oneof({ weight: 12, arbitrary: fc.constant(target.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND') });
  const extra = fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: oddHeaders });
  return fc.record({ method, path: pathFor(target, fixture), query: queryFor(target), body, auth: authorization(fixture.token), extra }).map(({ method, path, query, body, auth, extra }) => ({
    label: `${target.method} ${target.path} [${method}${body ? `, ${body.variant}` : ''}]`,
    request: {
      method,
      path: query ? `${path}?${query}` : path,
      headers: { ...extra, ...(auth === undefined ? {} : { Authorization: auth }), ...(body?.contentType === undefined ? {} : { 'Content-Type': body.contentType }) },
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body: body.body }),
    },
  }));
}
