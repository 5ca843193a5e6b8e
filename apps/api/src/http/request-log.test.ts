import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { redactSecrets, requestLog } from './request-log.js';

describe('the request log', () => {
  it('never writes the calendar feed\'s secret', async () => {
    expect(redactSecrets('GET /api/calendar/abcdefghijklmnopqrstuvwxyz234567/feed.ics')).toBe('GET /api/calendar/[secret]/feed.ics');
    expect(redactSecrets('GET /api/applications/?page=2 200 3ms')).toBe('GET /api/applications/?page=2 200 3ms');
    const lines: unknown[] = [];
    const capture = (fields: unknown) => void lines.push(fields);
    const app = new Hono().use(requestLog({ info: capture, debug: capture })).get('*', (c) => c.text('ok'));
    await app.request('/api/calendar/s3cr3tvalue/feed.ics?x=1');
    expect(lines).toEqual([expect.objectContaining({ method: 'GET', path: '/api/calendar/[secret]/feed.ics', status: 200 })]);
    for (const line of lines) expect(JSON.stringify(line)).not.toContain('s3cr3tvalue');
  });
});
