/** Error responses in the contract's shape; 5xx are logged and never carry internal text. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ContractError } from './error-table.js';

export function errorResponse(c: Context, contract: ContractError, cause?: unknown): Response {
  if (contract.status >= 500) console.error(`[${c.get('requestId') ?? '-'}] ${c.req.method} ${c.req.path}`, cause);
  for (const [name, value] of Object.entries(contract.headers ?? {})) c.header(name, value);
  return c.json(contract.body, contract.status as ContentfulStatusCode);
}

export function notFoundResponse(c: Context): Response {
  return c.json({ detail: 'Not found.' }, 404);
}
