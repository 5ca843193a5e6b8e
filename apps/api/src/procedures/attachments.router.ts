/** DELETE /api/applications/{id}/attachments/{index}/ (contract 6.5): the element is removed
 * atomically, then its file (core's deleteAttachment); a file that could not be removed is
 * logged, not reported, since the record the client sees has already changed. */
import { deleteAttachment } from '@jobtracker/core';
import * as v from 'valibot';
import { logLeftoverFiles } from './file-cleanup.js';
import { protectedProcedure, router } from './init.js';

/** Path params arrive as strings over REST; the tRPC client may send a number. */
const DeleteAttachmentInput = v.object({ id: v.string(), index: v.union([v.string(), v.number()]) });

export const attachmentsRouter = router({
  delete: protectedProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/api/applications/{id}/attachments/{index}/',
        successStatus: 204,
        tags: ['Applications'],
        summary: 'Delete an attachment by its 0-based index',
        description: 'Checks: id format (400 "Invalid ID"), existence (404), then the index (400 "Invalid attachment index").',
        errors: [400, 401, 404],
      },
    })
    .input(DeleteAttachmentInput)
    .mutation(async ({ ctx, input }) => {
      const cleanup = await deleteAttachment(ctx.deps, { userId: ctx.user.id, rawId: input.id, rawIndex: input.index, now: ctx.now });
      logLeftoverFiles(ctx.deps.log, cleanup, 'attachment delete');
      return null;
    }),
});
