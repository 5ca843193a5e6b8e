/** The multipart upload endpoints of contract section 6: auth (401), then the method (405), the
 * body type (415), the file (400 `error`), the file rules incl. content sniffing (400 `errors`),
 * and for attach the id (400) and the application (404), all checked by core before the file is
 * committed, so a refused upload leaves nothing. Each handler is one core call and a mapping;
 * the `file` part arrives already staged (upload-form.ts). The two the web app uses (resume,
 * attach) also take its session cookie, from our own origin only. */
import {
  ApplicationIdInput,
  AttachedFileOutput,
  FileForm,
  FileInfo,
  UploadedResumeOutput,
  UploadFileForm,
} from '@jobtracker/contracts';
import { attachFile, uploadFile, uploadResume, type UploadDeps } from '@jobtracker/core';
import type { RequestContext } from '../../request/request-context.js';
import { toFileInfo } from '../../mappers/file-info.mapper.js';
import { JSON_ENDPOINT_TYPES } from '../request-body.js';
import { fileOperation, type FileOperation } from './file-operation.js';

/** `/upload/` takes no JSON (contract 1.2); the other two parse it and then find no file. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'] as const;

const FILE_RULES =
  'Field `file` (at most 5 MB). Allowed extensions: resume .pdf .doc .docx .txt; document adds .jpg .jpeg .png. ' +
  'The content must match the extension (checked from the bytes, not the name or declared type).';

const tags = ['Applications'];

const uploadDeps = (ctx: RequestContext): UploadDeps => ({ files: ctx.deps.files, random: ctx.deps.auth.random });

export function uploadOperations(): FileOperation[] {
  return [
    fileOperation({
      name: 'applications.upload',
      meta: {
        method: 'POST', path: '/api/applications/upload/', successStatus: 201, tags,
        summary: 'Upload a file (not linked to anything)',
        description: `${FILE_RULES} Multipart or urlencoded only: JSON gets 415.`,
        body: { schema: UploadFileForm, mediaTypes: FORM_TYPES },
        output: FileInfo,
        errors: [400, 401, 413, 415],
      },
      handle: async ({ c, ctx, userId, form }) => {
        const kind = form.fields['file_type'];
        const attachment = await uploadFile(uploadDeps(ctx), {
          userId, upload: form.upload, kind: typeof kind === 'string' ? kind : undefined, now: ctx.now,
        });
        return c.json(toFileInfo(attachment), 201);
      },
    }),

    fileOperation({
      name: 'applications.uploadResume',
      meta: {
        method: 'POST', path: '/api/applications/upload-resume/', successStatus: 201, tags,
        summary: "Upload a resume and set the profile's resume_url",
        description: FILE_RULES,
        body: { schema: FileForm, mediaTypes: JSON_ENDPOINT_TYPES },
        output: UploadedResumeOutput,
        errors: [400, 401, 413, 415],
        webSession: true,
      },
      handle: async ({ c, ctx, userId, form }) => {
        const attachment = await uploadResume({ ...uploadDeps(ctx), users: ctx.deps.auth.users }, { userId, upload: form.upload, now: ctx.now });
        return c.json({ message: 'Resume uploaded successfully', file: toFileInfo(attachment) } satisfies UploadedResumeOutput, 201);
      },
    }),

    fileOperation({
      name: 'applications.attach',
      meta: {
        method: 'POST', path: '/api/applications/{id}/attach/', successStatus: 201, tags,
        summary: 'Attach a document to an application',
        description: `${FILE_RULES} Checks: file present, file rules, id format, then existence.`,
        input: ApplicationIdInput,
        body: { schema: FileForm, mediaTypes: JSON_ENDPOINT_TYPES },
        output: AttachedFileOutput,
        errors: [400, 401, 404, 413, 415],
        webSession: true,
      },
      handle: async ({ c, ctx, userId, input, form }) => {
        const attachment = await attachFile(
          { ...uploadDeps(ctx), applications: ctx.deps.applications },
          { userId, upload: form.upload, rawId: input.id, now: ctx.now },
        );
        return c.json({ message: 'File attached successfully', file: toFileInfo(attachment) } satisfies AttachedFileOutput, 201);
      },
    }),
  ];
}
