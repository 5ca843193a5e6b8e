/** The file routes (uploads, the media download, exports, the calendar feed, imports, the
 * account archive): operations described by the same `OperationMeta` as the procedures (so the
 * OpenAPI document is generated from them too) and served with the shared route conventions. A
 * handler gets the caller's id (none on a public operation), its validated query
 * and path input and, when the operation takes a body, the form with its `file` part already
 * staged; a staged file the handler does not settle is discarded when it throws. Operations
 * that read their file more than once (`receives: 'spooled'`: imports, restores) get it as a
 * temporary file instead, removed when the handler is done. Operations marked `webSession` also
 * accept the web app's session cookie (see request/authenticate.ts). */
import { discardUpload } from '@jobtracker/core';
import type { Context as HonoContext, Hono } from 'hono';
import * as v from 'valibot';
import type { DocumentedOperation, OperationMeta } from '../../procedures/operation-meta.js';
import type { RequestContext } from '../../request/request-context.js';
import { pathParameters, toHonoPath } from '../hono-path.js';
import { queryValues } from '../request-body.js';
import { registerRoute, type RequestContextOf, type RouteOperation } from '../route-conventions.js';
import { readSpooledForm, readUploadForm, type SpooledUpload, type UploadForm } from './upload-form.js';

type InputOf<TInput> = TInput extends v.GenericSchema ? v.InferOutput<TInput> : undefined;

export type FileHandler<TInput> = (args: {
  c: HonoContext;
  ctx: RequestContext;
  userId: number;
  input: InputOf<TInput>;
  form: UploadForm;
  /** The `file` part of a `receives: 'spooled'` operation; gone once the handler returns. */
  spooled: SpooledUpload | null;
}) => Promise<Response>;

/** A public operation's handler: no caller, no body (the calendar feed, whose URL is its key). */
export type PublicFileHandler<TInput> = (args: { c: HonoContext; ctx: RequestContext; input: InputOf<TInput> }) => Promise<Response>;

type RouteOptions = {
  /** Hono's route, where it differs from the documented path. */
  path?: string;
  onlyOwnMethods?: boolean;
};

/** Where the `file` part of a body goes: the file store's staging area (uploads), or a temporary
 * file the handler may read more than once. */
type Receives = 'staged' | 'spooled';

export type FileOperation = DocumentedOperation & {
  route?: RouteOptions;
  receives?: Receives;
  /** Typed by `fileOperation`; stored with its input erased. `userId` is null on public ones. */
  handle: (args: { c: HonoContext; ctx: RequestContext; userId: number | null; input: unknown; form: UploadForm; spooled: SpooledUpload | null }) => Promise<Response>;
};

/** Declares a file operation; its input's type follows `meta.input`. */
export function fileOperation<TInput extends v.GenericSchema | undefined = undefined>(definition: {
  name: string;
  meta: OperationMeta & { input?: TInput; public?: false };
  route?: RouteOptions;
  receives?: Receives;
  handle: FileHandler<TInput>;
}): FileOperation {
  const handle = definition.handle as FileHandler<unknown>;
  return {
    ...definition,
    input: definition.meta.input,
    handle: ({ userId, ...args }) => {
      if (userId === null) throw new Error(`${definition.name} needs a caller`);
      return handle({ ...args, userId } as Parameters<FileHandler<unknown>>[0]);
    },
  };
}

/** Declares a public file operation: served without authentication, so it takes no body. */
export function publicFileOperation<TInput extends v.GenericSchema | undefined = undefined>(definition: {
  name: string;
  meta: OperationMeta & { input?: TInput; public: true; method: 'GET'; body?: never };
  route?: RouteOptions;
  handle: PublicFileHandler<TInput>;
}): FileOperation {
  const handle = definition.handle as PublicFileHandler<unknown>;
  return { ...definition, input: definition.meta.input, handle: ({ c, ctx, input }) => handle({ c, ctx, input } as Parameters<PublicFileHandler<unknown>>[0]) };
}

function pathValues(c: HonoContext, path: string): Record<string, string | undefined> {
  return Object.fromEntries(pathParameters(path).map((name) => [name, c.req.param(name)]));
}

const NO_FORM: UploadForm = { fields: {}, upload: null };

export function registerFileOperations(app: Hono, requestContext: RequestContextOf, operations: readonly FileOperation[]): void {
  for (const operation of operations) {
    const { meta } = operation;
    const served: RouteOperation = {
      ...(meta.public ? { public: true } : {}),
      handle: async ({ c, ctx }) => {
        const userId = meta.public ? null : (await ctx.principal()).user.id;
        // A failed parse throws valibot's issues, which the error table turns into field errors.
        const input = operation.input ? v.parse(operation.input, { ...queryValues(c), ...pathValues(c, meta.path) }) : undefined;
        if (meta.body && operation.receives === 'spooled') {
          const { fields, file } = await readSpooledForm(c, { accepts: meta.body.mediaTypes });
          try {
            return await operation.handle({ c, ctx, userId, input, form: { fields, upload: null }, spooled: file });
          } finally {
            await file?.remove();
          }
        }
        const form = meta.body ? await readUploadForm(c, { accepts: meta.body.mediaTypes, files: ctx.deps.files }) : NO_FORM;
        try {
          return await operation.handle({ c, ctx, userId, input, form, spooled: null });
        } catch (error) {
          // Core's use cases discard on their own failures; this covers a handler failing first.
          if (form.upload) await discardUpload(ctx.deps, form.upload);
          throw error;
        }
      },
    };
    registerRoute(app, requestContext, {
      path: operation.route?.path ?? toHonoPath(meta.path),
      operations: { [meta.method]: served },
      parses: meta.body?.mediaTypes ?? [],
      optionsName: (c) => c.req.path,
      // The meta's `webSession` decides, so the document and the route cannot disagree.
      ...(meta.webSession ? { requestInfo: { acceptSessionCookie: true } } : {}),
      ...(operation.route?.onlyOwnMethods ? { onlyOwnMethods: true } : {}),
    });
  }
}
