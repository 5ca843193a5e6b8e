/** GET/HEAD /media/uploads/...: serves a stored upload to its owner only (Bearer token or the
 * web session cookie). Anyone else gets 404, never 403, so file existence does not leak (core's
 * openDownload decides). Files stream from the store as downloads that a browser will not sniff
 * or render in our origin. */
import { openDownload } from '@jobtracker/core';
import { RequestError } from '../../request/request-error.js';
import { byteStream } from './byte-stream.js';
import { attachmentDisposition } from './content-disposition.js';
import { fileOperation, type FileOperation } from './file-operation.js';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

export function mediaOperation(): FileOperation {
  return fileOperation({
    name: 'media.download',
    meta: {
      method: 'GET', path: '/media/uploads/{user_id}/{kind}/{filename}', tags: ['Media'],
      summary: 'Download a stored upload (its owner only)',
      description:
        'The `file_url` of an upload. Authenticated with a Bearer token or the web session cookie; ' +
        "anyone but the owner gets 404. Served as an attachment under the client's original file name (RFC 6266).",
      produces: {
        mediaTypes: [...new Set(Object.values(CONTENT_TYPES).map((type) => type.split(';')[0] as string))],
        description: 'The file',
      },
      errors: [401, 404],
      webSession: true,
    },
    // One wildcard route: any path below /media/uploads/ is authenticated, then found or a 404.
    route: { path: '/media/uploads/*', onlyOwnMethods: true },
    handle: async ({ c, ctx, userId }) => {
      const file = await openDownload(ctx.deps, { userId, key: c.req.path.slice('/media/'.length) });
      if (!file) throw new RequestError('REQUEST.NOT_FOUND');
      const headers = new Headers({
        'Content-Type': CONTENT_TYPES[file.extension] ?? 'application/octet-stream',
        'Content-Length': String(file.size),
        'Content-Disposition': attachmentDisposition(file.displayName ?? '', file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-cache',
      });
      return new Response(byteStream(file.bytes), { status: 200, headers });
    },
  });
}
