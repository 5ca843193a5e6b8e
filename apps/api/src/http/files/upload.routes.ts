/** The multipart upload endpoints of contract section 6 as plain Hono routes (they take files,
 * not JSON): auth (401), then the method (405), the body type (415), the file (400 `error`), the
 * file rules incl. content sniffing (400 `errors`), and for attach the id (400) and the
 * application (404), all before the file is committed, so a refused upload leaves nothing. */
import { formatUploadedAt } from '@jobtracker/contracts';
import {
  appendAttachment,
  attachTargetOrFail,
  contentMatchesExtension,
  contentMismatchMessage,
  DomainError,
  extensionOf,
  FILE_SIZE_MESSAGE,
  fileRuleErrors,
  isFileKind,
  recordResumeUrl,
  sanitizeDisplayName,
  type Attachment,
  type FileKind,
} from '@jobtracker/core';
import type { Context as HonoContext, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { errorResponses, type OpenApiPaths } from '../docs/openapi-document.js';
import type { RequestInfoReader } from '../http/request-info.js';
import { createMediaStore, type MediaStore } from '../media/media-store.js';
import { registerMediaRoutes } from '../media/media.routes.js';
import { JSON_ENDPOINT_TYPES, readRequestBody } from '../rest/request-body.js';
import { plainRoute } from '../http/plain-route.js';
import type { Context } from '../trpc/context.js';

/** `/upload/` takes no JSON (contract 1.2); the other two parse it and then find no file. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'] as const;

type FileInfo = {
  filename: string;
  original_name: string;
  file_path: string;
  file_url: string;
  file_size: number;
  file_type: string;
  uploaded_at: string;
};

type ParsedForm = { fields: Record<string, unknown>; files: Map<string, File> };

function fileInfo(attachment: Attachment): FileInfo {
  return {
    filename: attachment.filename,
    original_name: attachment.original_name,
    file_path: attachment.file_path,
    file_url: attachment.file_url,
    file_size: attachment.file_size,
    file_type: attachment.file_type,
    uploaded_at: formatUploadedAt(attachment.uploaded_at),
  };
}

/** Validates and stores the `file` part. `beforeCommit` runs after every file check and before
 * the file becomes visible; if it throws, the staged bytes are deleted. */
async function receiveFile(options: {
  store: MediaStore;
  form: ParsedForm;
  userId: number;
  kind: string;
  now: Date;
  beforeCommit?: () => Promise<void>;
}): Promise<Attachment> {
  const file = options.form.files.get('file');
  const name = file ? sanitizeDisplayName(file.name) : '';
  if (!file || name === '') throw new DomainError('FILE.MISSING');
  const errors = fileRuleErrors({ size: file.size, filename: name, kind: options.kind });
  if (errors.length > 0) throw new DomainError('FILE.INVALID', { errors });
  // Only known kinds allow any extension, so `kind` is one of them from here on.
  const kind = options.kind as FileKind;
  if (!isFileKind(kind)) throw new DomainError('FILE.INVALID', { errors });
  const extension = extensionOf(name);

  const staged = await options.store.stage({ userId: options.userId, kind, extension, originalName: name, source: file.stream() });
  try {
    if (staged.tooLarge) throw new DomainError('FILE.INVALID', { errors: [FILE_SIZE_MESSAGE] });
    if (!contentMatchesExtension(extension, staged.content)) {
      throw new DomainError('FILE.INVALID', { errors: [contentMismatchMessage(extension)] });
    }
    await options.beforeCommit?.();
    const stored = await staged.commit();
    return {
      filename: name,
      original_name: name,
      file_path: stored.filePath,
      file_url: stored.fileUrl,
      file_size: stored.size,
      file_type: extension.slice(1),
      uploaded_at: options.now,
    };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

type Handler = (input: { c: HonoContext; ctx: Context; userId: number; form: ParsedForm }) => Promise<Response>;

/** A POST route taking a form: the shared conventions of `plainRoute`, then the body. */
function postRoute(options: {
  app: Hono;
  deps: AppDeps;
  requestInfo: RequestInfoReader;
  path: string;
  accepts: readonly string[];
  handler: Handler;
}): void {
  const { accepts } = options;
  plainRoute({
    ...options,
    method: 'POST',
    parses: accepts,
    handler: async ({ c, ctx, userId }) => {
      const body = await readRequestBody(c, accepts);
      if (!body.ok) return c.json(body.body, body.status);
      const fields =
        typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value) ? (body.value as Record<string, unknown>) : {};
      return options.handler({ c, ctx, userId, form: { fields, files: body.files } });
    },
  });
}

/** Registers the upload and media routes ahead of the generated `/api/applications/{id}/`
 * routes (so `upload` and `upload-resume` are never ids) and returns their OpenAPI paths. */
export function registerUploadRoutes(options: { app: Hono; deps: AppDeps; requestInfo: RequestInfoReader }): OpenApiPaths {
  const { app, deps, requestInfo } = options;
  const store = createMediaStore(deps.settings.mediaRoot);

  postRoute({
    app,
    deps,
    requestInfo,
    path: '/api/applications/upload',
    accepts: FORM_TYPES,
    handler: async ({ c, ctx, userId, form }) => {
      const kind = form.fields['file_type'];
      const attachment = await receiveFile({ store, form, userId, kind: typeof kind === 'string' ? kind : 'document', now: ctx.now });
      return c.json(fileInfo(attachment), 201);
    },
  });

  postRoute({
    app,
    deps,
    requestInfo,
    path: '/api/applications/upload-resume',
    accepts: JSON_ENDPOINT_TYPES,
    handler: async ({ c, ctx, userId, form }) => {
      const attachment = await receiveFile({ store, form, userId, kind: 'resume', now: ctx.now });
      try {
        await recordResumeUrl(deps.auth.users, { userId, fileUrl: attachment.file_url, now: ctx.now });
      } catch (error) {
        await store.remove(attachment.file_path, userId);
        throw error;
      }
      return c.json({ message: 'Resume uploaded successfully', file: fileInfo(attachment) }, 201);
    },
  });

  postRoute({
    app,
    deps,
    requestInfo,
    path: '/api/applications/:id/attach',
    accepts: JSON_ENDPOINT_TYPES,
    handler: async ({ c, ctx, userId, form }) => {
      let id = '';
      const attachment = await receiveFile({
        store,
        form,
        userId,
        kind: 'document',
        now: ctx.now,
        beforeCommit: async () => {
          id = await attachTargetOrFail(deps.applications, userId, c.req.param('id') ?? '');
        },
      });
      try {
        // Atomic append: concurrent attaches to one application all land.
        await appendAttachment(deps.applications, { userId, id, attachment, now: ctx.now });
      } catch (error) {
        await store.remove(attachment.file_path, userId);
        throw error;
      }
      return c.json({ message: 'File attached successfully', file: fileInfo(attachment) }, 201);
    },
  });

  registerMediaRoutes({ app, deps, requestInfo, store });
  return uploadOpenApiPaths();
}

const FILE_INFO_SCHEMA = {
  type: 'object',
  properties: {
    filename: { type: 'string', description: 'The client file name (last path part, control characters removed)' },
    original_name: { type: 'string' },
    file_path: { type: 'string', examples: ['uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf'] },
    file_url: { type: 'string', examples: ['/media/uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf'] },
    file_size: { type: 'integer' },
    file_type: { type: 'string', description: 'Lowercase extension without the dot' },
    uploaded_at: { type: 'string', description: 'Naive UTC ISO datetime with microseconds', examples: ['2025-01-25T09:00:00.123000'] },
  },
  required: ['filename', 'original_name', 'file_path', 'file_url', 'file_size', 'file_type', 'uploaded_at'],
};

const FILE_RULES =
  'Field `file` (at most 5 MB). Allowed extensions: resume .pdf .doc .docx .txt; document adds .jpg .jpeg .png. ' +
  'The content must match the extension (checked from the bytes, not the name or declared type).';

function uploadBody(withKind: boolean): Record<string, unknown> {
  const schema = {
    type: 'object',
    properties: {
      file: { type: 'string', contentMediaType: 'application/octet-stream' },
      ...(withKind ? { file_type: { type: 'string', enum: ['resume', 'document'], default: 'document' } } : {}),
    },
    required: ['file'],
  };
  return { required: true, content: { 'multipart/form-data': { schema } } };
}

function created(schema: Record<string, unknown>): Record<string, unknown> {
  return { description: 'Stored', content: { 'application/json': { schema } } };
}

function wrapped(message: string): Record<string, unknown> {
  return {
    type: 'object',
    properties: { message: { type: 'string', const: message }, file: FILE_INFO_SCHEMA },
    required: ['message', 'file'],
  };
}

function uploadOpenApiPaths(): OpenApiPaths {
  return {
    '/api/applications/upload/': {
      post: {
        operationId: 'applications_upload',
        summary: 'Upload a file (not linked to anything)',
        description: `${FILE_RULES} Multipart or urlencoded only: JSON gets 415.`,
        tags: ['Applications'],
        requestBody: uploadBody(true),
        responses: { '201': created(FILE_INFO_SCHEMA), ...errorResponses([400, 401, 413, 415]) },
      },
    },
    '/api/applications/upload-resume/': {
      post: {
        operationId: 'applications_upload_resume',
        summary: "Upload a resume and set the profile's resume_url",
        description: FILE_RULES,
        tags: ['Applications'],
        requestBody: uploadBody(false),
        responses: { '201': created(wrapped('Resume uploaded successfully')), ...errorResponses([400, 401, 413, 415]) },
      },
    },
    '/api/applications/{id}/attach/': {
      post: {
        operationId: 'applications_attach',
        summary: 'Attach a document to an application',
        description: `${FILE_RULES} Checks: file present, file rules, id format, then existence.`,
        tags: ['Applications'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-fA-F]{24}$' } }],
        requestBody: uploadBody(false),
        responses: { '201': created(wrapped('File attached successfully')), ...errorResponses([400, 401, 404, 413, 415]) },
      },
    },
  };
}
