/** Docs cannot drift: every operation of the generated OpenAPI document gets representative
 * requests (test-support/openapi-cases.ts and portability-cases.ts, plus a 401 without credentials and a 415 for every
 * body), and every answer must have a status the operation documents and, for JSON, a body that
 * validates against the schema documented for that status, with no undocumented keys (ajv, JSON
 * Schema 2020-12). File answers must have a documented media type. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES as CONTRACT_CASES, APPLICATION_BODY, type Case, type CaseEnv } from '../../test-support/openapi-cases.js';
import { PORTABILITY_CASES } from '../../test-support/portability-cases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

type Json = Record<string, any>;

const CASES: Record<string, Case[]> = { ...CONTRACT_CASES, ...PORTABILITY_CASES };
type Operation = { key: string; method: string; path: string; spec: Json };

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const BODY_METHODS = ['POST', 'PUT', 'PATCH'];

let t: TestApp;
let env: CaseEnv;
let doc: Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  t = await createTestApp();
  const user = await t.registerUser();
  const upload = (path: string, token: string, name = 'cv.pdf') => {
    const form = new FormData();
    form.append('file', new File([PDF], name, { type: 'application/pdf' }));
    return t.call('POST', path, { ...(token ? { token } : {}), rawBody: form });
  };
  const application = await t.call('POST', '/api/applications/', { token: user.access, body: APPLICATION_BODY });
  await t.call('POST', `/api/applications/${application.json.id}/timeline/`, {
    token: user.access,
    body: { event_type: 'phone_screen', title: 'Call', date: '2025-01-18T09:00:00Z' },
  });
  const company = await t.call('POST', '/api/companies/', { token: user.access, body: { name: 'Acme', industry: 'Technology' } });
  env = { t, user, applicationId: application.json.id, companyId: company.json.id, freshUser: () => t.registerUser(), upload };
  doc = (await t.call('GET', '/api/schema/?format=json')).json;
  // References in response schemas point into the document's components.
  ajv.addSchema({ $id: 'openapi.json', components: closed(doc['components']) });
});
afterAll(async () => {
  await t.close();
});

function operations(): Operation[] {
  return Object.entries(doc['paths'] as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, spec]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, spec: spec as Json })),
  );
}

/** Objects with documented properties may not carry undocumented ones either. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  return 'properties' in copy && !('additionalProperties' in copy) ? { ...copy, additionalProperties: false } : copy;
}

const compiled = new Map<object, ValidateFunction>();
function validatorOf(schema: object): ValidateFunction {
  const rooted = JSON.parse(JSON.stringify(closed(schema)).replaceAll('"#/components/', '"openapi.json#/components/')) as object;
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(rooted)));
  return validate;
}

/** The operation's path with its parameters filled in from the environment. */
function concretePath(path: string): string {
  const id = path.startsWith('/api/companies/') ? env.companyId : env.applicationId;
  return path.replace('{id}', id).replace('{index}', '0').replace('{user_id}', String(env.user.user.id)).replace('{kind}', 'document').replace('{filename}', 'x.pdf');
}

/** Cases every operation of its kind gets for free. */
function genericCases(operation: Operation): Array<Case & { name: string }> {
  const path = concretePath(operation.path);
  const cases: Array<Case & { name: string }> = [];
  if (!(Array.isArray(operation.spec['security']) && operation.spec['security'].length === 0)) {
    cases.push({ name: 'no credentials', status: 401, send: ({ t }) => t.call(operation.method, path, BODY_METHODS.includes(operation.method) ? { body: {} } : {}) });
  }
  if (BODY_METHODS.includes(operation.method)) {
    cases.push({
      name: 'text/plain body',
      status: 415,
      send: ({ t, user }) => t.call(operation.method, path, { token: user.access, rawBody: 'x', headers: { 'Content-Type': 'text/plain' } }),
    });
  }
  return cases;
}

function checkAgainstDocument(operation: Operation, response: Awaited<ReturnType<TestApp['call']>>): void {
  const documented = operation.spec['responses']?.[String(response.status)] as Json | undefined;
  expect(documented, `${operation.key} answered ${response.status}, which it does not document: ${response.text}`).toBeDefined();
  const content = documented!['content'] as Record<string, Json> | undefined;
  if (!content) {
    expect(response.text, `${operation.key} ${response.status} documents no body`).toBe('');
    return;
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(Object.keys(content), `${operation.key} ${response.status} answered ${mediaType}`).toContain(mediaType);
  if (mediaType !== 'application/json') return;
  const validate = validatorOf(content[mediaType]!['schema'] as object);
  expect(validate(response.json) ? [] : validate.errors, `${operation.key} ${response.status}: ${response.text.slice(0, 500)}`).toEqual([]);
}

describe('every documented operation', () => {
  it('has representative requests', () => {
    const missing = operations().filter((operation) => !CASES[operation.key]?.some((c) => c.status < 300));
    expect(missing.map((operation) => operation.key)).toEqual([]);
    const unknown = Object.keys(CASES).filter((key) => !operations().some((operation) => operation.key === key));
    expect(unknown).toEqual([]);
  });

  it('answers with documented statuses and bodies that match their documented schemas', async () => {
    let checked = 0;
    for (const operation of operations()) {
      const cases = [...(CASES[operation.key] ?? []).map((c, index) => ({ ...c, name: `case ${index}` })), ...genericCases(operation)];
      for (const testCase of cases) {
        const response = await testCase.send(env);
        expect(response.status, `${operation.key} (${testCase.name}): ${response.text.slice(0, 300)}`).toBe(testCase.status);
        checkAgainstDocument(operation, response);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});
