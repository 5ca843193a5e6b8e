import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const AUTH_ROUTES: Array<[string, string]> = [
  ['post', '/api/auth/register/'],
  ['post', '/api/auth/login/'],
  ['post', '/api/auth/refresh/'],
  ['post', '/api/auth/logout/'],
  ['get', '/api/auth/user/'],
  ['put', '/api/auth/user/'],
  ['patch', '/api/auth/user/'],
  ['post', '/api/auth/change-password/'],
  ['get', '/api/auth/stats/'],
  ['post', '/api/auth/skills/add/'],
  ['post', '/api/auth/skills/remove/'],
  ['get', '/api/'],
];

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, served publicly as JSON on request', async () => {
    const res = await t.call('GET', '/api/schema/?format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/vnd.oai.openapi+json');
    const validator = new Validator();
    const result = await validator.validate(res.json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(res.json.info).toMatchObject({ title: 'Job Application Tracker API', version: '1.0.0', license: { name: 'MIT', identifier: 'MIT' } });
    expect(res.json.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('is YAML by default', async () => {
    const res = await t.call('GET', '/api/schema/');
    expect(res.headers.get('content-type')).toContain('application/vnd.oai.openapi');
    expect(parse(res.text).openapi).toBe('3.1.0');
  });

  it('documents every auth route with request and response schemas and errors', async () => {
    const doc = (await t.call('GET', '/api/schema/', { headers: { Accept: 'application/json' } })).json;
    for (const [method, path] of AUTH_ROUTES) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      const success = Object.keys(operation.responses).find((code) => code.startsWith('2'));
      expect(operation.responses[success!].content['application/json'].schema).toBeTruthy();
      if (path !== '/api/auth/register/' && path !== '/api/auth/login/' && path !== '/api/auth/refresh/') {
        expect(operation.responses['401']).toBeDefined();
      }
      if (method !== 'get') expect(operation.requestBody ?? operation.responses['400']).toBeDefined();
    }
    const register = doc.paths['/api/auth/register/'].post;
    expect(register.security).toEqual([]);
    expect(register.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'password_confirm', 'first_name', 'last_name']),
    );
    expect(register.responses['201'].content['application/json'].schema.properties.user.properties.email.type).toBe('string');
    // DRF-style fields are documented with their real types and limits, not as "any".
    expect(register.requestBody.content['application/json'].schema.properties.email).toMatchObject({ type: 'string', format: 'email', maxLength: 254 });
    const list = doc.paths['/api/applications/'].get.parameters;
    expect(list.find((p: { name: string }) => p.name === 'page')).toMatchObject({ in: 'query', schema: { type: 'integer', minimum: 1 } });
    const status = doc.paths['/api/applications/{id}/status/'].patch.requestBody.content['application/json'].schema;
    expect(status.properties.status.enum).toContain('technical_test');
  });
});

describe('documentation pages', () => {
  it('serves Swagger UI and ReDoc from local assets, never a CDN', async () => {
    for (const path of ['/api/docs/', '/api/redoc/']) {
      const res = await t.call('GET', path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.text).not.toMatch(/https?:\/\//);
    }
    const bundle = await t.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const redoc = await t.app.request('/api/redoc/redoc.standalone.js');
    expect(redoc.status).toBe(200);
  });
});
