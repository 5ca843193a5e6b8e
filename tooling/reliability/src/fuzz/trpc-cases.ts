/** Generated requests for one tRPC procedure (queries as GET with `?input=`, mutations as POST,
 * single and batched, with the wrong method now and then, broken inputs and odd bodies), and
 * for routes that exist nowhere (unknown procedures with prototype names, path traversal under
 * /media/ and the web app, unknown API paths). */
import fc from 'fast-check';
import { encodeSegment } from './encoding.js';
import type { FuzzFixture } from './fixture.js';
import type { FuzzCase } from './rest-cases.js';
import { authorization, oddHeaders } from './rest-cases.js';
import { objectFor } from './schema-values.js';
import type { TrpcTarget } from './targets.js';
import { anyJson, brokenJson, deepJson, wideJson } from './values.js';

function inputFor(target: TrpcTarget, fixture: FuzzFixture): fc.Arbitrary<unknown> {
  const shaped = objectFor(target.input).chain((value) =>
    // Real ids often, so the call reaches the store.
    'id' in (target.input?.properties ?? {})
      ? fc.oneof(fc.constantFrom<unknown>(...fixture.ownApplications, ...fixture.ownCompanies, fixture.otherApplication), fc.constant(value['id'])).map((id) => ({ ...value, id }))
      : fc.constant(value),
  );
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 2, arbitrary: anyJson }, { weight: 1, arbitrary: fc.constant(undefined) });
}

export function trpcCases(target: TrpcTarget, fixture: FuzzFixture): fc.Arbitrary<FuzzCase> {
  const path = `/trpc/${target.name}`;
  const headers = (auth: string | undefined, contentType?: string): Record<string, string> => ({
    ...(auth === undefined ? {} : { Authorization: auth }),
    ...(contentType ? { 'Content-Type': contentType } : {}),
  });
  const input = inputFor(target, fixture);
  const asQuery = fc.tuple(input, fc.boolean()).map(([value, batch]) => {
    const text = JSON.stringify(batch ? { 0: value } : value);
    const query = text === undefined ? (batch ? 'batch=1' : '') : `${batch ? 'batch=1&' : ''}input=${encodeSegment(text)}`;
    return { method: 'GET', path: query ? `${path}?${query}` : path, body: undefined as string | undefined, variant: batch ? 'batch query' : 'query' };
  });
  const asMutation = fc.tuple(input, fc.boolean()).map(([value, batch]) => ({
    method: 'POST',
    path: batch ? `${path}?batch=1` : path,
    body: JSON.stringify(batch ? { 0: value } : value) ?? '',
    variant: batch ? 'batch mutation' : 'mutation',
  }));
  const oddQuery = fc.constantFrom('input=%', 'input={', 'input=undefined', 'batch=1&input=[1]', 'batch=x', 'batch=1', `input=${encodeSegment('{"0":')}`, `batch=1&input=${encodeSegment('{"__proto__":{"x":1}}')}`, `input=${encodeSegment('"\uD800"')}`).map((query) => ({ method: 'GET', path: `${path}?${query}`, body: undefined as string | undefined, variant: 'odd query' }));
  const oddBody = fc.oneof(brokenJson, deepJson, wideJson.map((value) => JSON.stringify(value))).map((body) => ({ method: 'POST', path, body, variant: 'odd body' }));
  const natural = target.type === 'query' ? asQuery : asMutation;
  const other = target.type === 'query' ? asMutation : asQuery;
  const shape = fc.oneof({ weight: 8, arbitrary: natural }, { weight: 1, arbitrary: other }, { weight: 1, arbitrary: oddQuery }, { weight: 2, arbitrary: oddBody });
  const extra = fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: oddHeaders });
  return fc.record({ shape, auth: authorization(fixture.token), extra, contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded') }).map(({ shape, auth, extra, contentType }) => ({
    label: `tRPC ${target.name} [${shape.variant}]`,
    request: { method: shape.method, path: shape.path, headers: { ...extra, ...headers(auth, shape.body === undefined ? undefined : contentType) }, ...(shape.body === undefined ? {} : { body: shape.body }) },
  }));
}

const UNKNOWN_PATHS = [
  '/trpc/__proto__', '/trpc/constructor', '/trpc/toString', '/trpc/hasOwnProperty', '/trpc/applications.__proto__', '/trpc/applications.constructor.name',
  '/trpc/_def', '/trpc/applications._def.procedures', `/trpc/${'a.'.repeat(2000)}b`, `/trpc/${Array.from({ length: 300 }, () => 'applications.list').join(',')}?batch=1`,
  '/trpc/applications.list,__proto__?batch=1&input=%7B%7D', '/trpc/%E0%A4%A', '/trpc/applications.list%00', '/trpc/', '/trpc',
  '/media/../data/db.sqlite', '/media/uploads/..%2f..%2f..%2fdata%2fdb.sqlite', '/media/uploads/1/document/..%2F..%2F..%2F.names', '/media/.staging/x.part',
  '/media/uploads/1/document/%00.pdf', '/media/uploads/%2e%2e/%2e%2e/secret.key', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2f..%2fapi%2fpackage.json',
  '/..%2f..%2fdata%2fdb.sqlite', '/api/../../data/secret.key', '/api/nothing/here/', '/api/applications/%ED%A0%80/', '/api/schema/?format=%00',
  '/api/docs/../../package.json', '/healthz/..%2f..%2fsecret.key', '/readyz?x=%', `/api/${'%'.repeat(3000)}`, '/\\..\\..\\secret.key',
];

export function unknownRouteCases(fixture: FuzzFixture): fc.Arbitrary<FuzzCase> {
  return fc.record({ path: fc.constantFrom(...UNKNOWN_PATHS), method: fc.constantFrom('GET', 'POST', 'DELETE', 'HEAD', 'OPTIONS'), auth: authorization(fixture.token) }).map(({ path, method, auth }) => ({
    label: `unknown route ${method} ${path.slice(0, 60)}`,
    request: { method, path, headers: auth === undefined ? {} : ({ Authorization: auth } as Record<string, string>), ...(method === 'POST' ? { body: '{}' } : {}) },
  }));
}
