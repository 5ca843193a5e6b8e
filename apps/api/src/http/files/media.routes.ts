/** GET/HEAD /media/uploads/...: serves a stored upload to its owner only (Bearer token or the
 * web session cookie). Anyone else gets 404, never 403, so file existence does not leak. Files
 * are streamed from disk as downloads that a browser will not sniff or render in our origin. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { RequestInfoReader } from '../http/request-info.js';
import { errorResponse, notFoundResponse } from '../http/responses.js';
import { createContextInner } from '../trpc/context.js';
import { contractErrorFromUnknown } from '../trpc/init.js';
import { attachmentDisposition } from './content-disposition.js';
import type { MediaStore } from './media-store.js';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

export function registerMediaRoutes(options: { app: Hono; deps: AppDeps; requestInfo: RequestInfoReader; store: MediaStore }): void {
  const { app, deps, requestInfo, store } = options;

  app.on(['GET', 'HEAD'], '/media/uploads/*', async (c) => {
    // The web app downloads with its session cookie; GET/HEAD need no same-origin check.
    const ctx = createContextInner(deps, requestInfo(c, { responseHeaders: new Headers() }));
    let userId: number;
    try {
      userId = (await ctx.principal()).user.id;
    } catch (error) {
      return errorResponse(c, contractErrorFromUnknown(error), error);
    }
    const filePath = c.req.path.slice('/media/'.length);
    const file = await store.openOwned(filePath, userId);
    if (!file) return notFoundResponse(c);

    const headers = new Headers({
      'Content-Type': CONTENT_TYPES[file.extension] ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      'Content-Disposition': attachmentDisposition(file.originalName ?? '', filePath.slice(filePath.lastIndexOf('/') + 1)),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-cache',
    });
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
    const body = Readable.toWeb(createReadStream(file.absolute)) as unknown as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  });
}
