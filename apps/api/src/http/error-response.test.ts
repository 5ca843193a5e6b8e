import { DomainError } from '@jobtracker/core';
import { TRPCError } from '@trpc/server';
import { Hono } from 'hono';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../request/request-error.js';
import { errorResponse } from './error-response.js';

/** An app whose one route throws `error`, answered by the app's one error handler. */
async function answerTo(error: Error) {
  const app = new Hono();
  app.get('/', () => {
    throw error;
  });
  app.onError(errorResponse);
  const response = await app.request('/');
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('the one error handler', () => {
  it('answers a domain error thrown anywhere with its contract status and body', async () => {
    expect(await answerTo(new DomainError('APPLICATION.NOT_FOUND'))).toMatchObject({ status: 404, body: { error: 'Application not found' } });
    const unauthorized = await answerTo(new DomainError('AUTH.NOT_AUTHENTICATED'));
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toBe('Bearer realm="api"');
  });

  it("answers the request's own problems with DRF's texts and headers", async () => {
    const notAllowed = await answerTo(new RequestError('REQUEST.METHOD_NOT_ALLOWED', { method: 'PATCH', allow: 'GET, HEAD, OPTIONS' }));
    expect(notAllowed).toMatchObject({ status: 405, body: { detail: 'Method "PATCH" not allowed.' } });
    expect(notAllowed.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await answerTo(new RequestError('REQUEST.NOT_FOUND'))).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
    expect(await answerTo(new RequestError('REQUEST.UNSUPPORTED_MEDIA_TYPE', { contentType: 'text/plain' }))).toMatchObject({
      status: 415,
      body: { detail: 'Unsupported media type "text/plain" in request.' },
    });
  });

  it('answers schema issues with the field map, and unwraps what tRPC wrapped', async () => {
    const issues = v.safeParse(v.object({ page: v.number('A valid integer is required.') }), { page: 'x' });
    expect(await answerTo(new v.ValiError(issues.issues!))).toMatchObject({ status: 400, body: { page: ['A valid integer is required.'] } });
    const wrapped = new TRPCError({ code: 'BAD_REQUEST', cause: new DomainError('COMPANY.DUPLICATE') });
    expect(await answerTo(wrapped)).toMatchObject({ status: 400, body: { error: 'Company with this name already exists' } });
  });

  it('answers anything else with a 500 that carries no internal text', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await answerTo(new Error('SQLITE_CORRUPT at /secret/path'))).toEqual({
        status: 500,
        headers: expect.anything(),
        body: { detail: 'A server error occurred.' },
      });
      expect(log).toHaveBeenCalledOnce();
    } finally {
      log.mockRestore();
    }
  });
});
