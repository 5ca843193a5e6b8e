/** A file sent as a download: its media type, `attachment` with our own (ASCII) file name, and
 * never cached, since every such file is one user's data. */
import type { Context as HonoContext } from 'hono';

export function attachmentDownload(
  c: HonoContext,
  options: { body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>; type: string; filename: string },
): Response {
  return c.body(options.body, 200, {
    'Content-Type': options.type,
    'Content-Disposition': `attachment; filename="${options.filename}"`,
    'Cache-Control': 'no-store',
  });
}
