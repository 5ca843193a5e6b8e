/** Routes that are not tRPC procedures (uploads, exports, media) with the same conventions as the
 * generated ones: authentication first, then 405 with Allow, OPTIONS metadata, contract errors. */
import type { Context as HonoContext, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { createContextInner, type Context } from '../trpc/context.js';
import { contractErrorFromUnknown } from '../trpc/init.js';
import type { RequestInfoReader } from './request-info.js';
import { errorResponse } from './responses.js';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export type PlainHandler = (input: { c: HonoContext; ctx: Context; userId: number }) => Promise<Response>;

export function plainRoute(options: {
  app: Hono;
  deps: AppDeps;
  requestInfo: RequestInfoReader;
  /** Hono path (no trailing slash; the app is non-strict). */
  path: string;
  method: 'GET' | 'POST';
  /** Media types the body may have, for the OPTIONS answer. */
  parses?: readonly string[];
  handler: PlainHandler;
}): void {
  const { deps, requestInfo, method } = options;
  const allow = method === 'GET' ? 'GET, HEAD, OPTIONS' : `${method}, OPTIONS`;
  options.app.on(ALL_METHODS, options.path, async (c) => {
    const ctx = createContextInner(deps, requestInfo(c));
    try {
      const userId = (await ctx.principal()).user.id;
      const requested = c.req.method;
      if (requested === 'OPTIONS') {
        c.header('Allow', allow);
        return c.json({ name: c.req.path, description: '', renders: ['application/json'], parses: [...(options.parses ?? [])] });
      }
      if (requested !== method && !(requested === 'HEAD' && method === 'GET')) {
        c.header('Allow', allow);
        return c.json({ detail: `Method "${requested}" not allowed.` }, 405);
      }
      return await options.handler({ c, ctx, userId });
    } catch (error) {
      return errorResponse(c, contractErrorFromUnknown(error), error);
    }
  });
}
