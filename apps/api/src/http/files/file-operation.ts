/** The file routes (uploads, the media download, exports): operations described by the same
 * `OperationMeta` as the procedures (so the OpenAPI document is generated from them too) and
 * served with the shared route conventions. A handler gets the caller's id, its validated query
 * and path input and, when the operation takes a body, the parsed form. */
import type { Context as HonoContext, Hono } from 'hono';
import * as v from 'valibot';
import type { DocumentedOperation, OperationMeta } from '../../procedures/operation-meta.js';
import type { RequestContext } from '../../request/request-context.js';
import { pathParameters, toHonoPath } from '../hono-path.js';
import { queryValues, readRequestBody } from '../request-body.js';
import type { RequestInfoOptions } from '../request-info.js';
import { registerRoute, type RequestContextOf, type RouteOperation } from '../route-conventions.js';

export type ParsedForm = { fields: Record<string, unknown>; files: Map<string, File> };

type InputOf<TInput> = TInput extends v.GenericSchema ? v.InferOutput<TInput> : undefined;

export type FileHandler<TInput> = (args: {
  c: HonoContext;
  ctx: RequestContext;
  userId: number;
  input: InputOf<TInput>;
  form: ParsedForm;
}) => Promise<Response>;

type RouteOptions = {
  /** Hono's route, where it differs from the documented path. */
  path?: string;
  requestInfo?: RequestInfoOptions;
  onlyOwnMethods?: boolean;
};

export type FileOperation = DocumentedOperation & {
  route?: RouteOptions;
  /** Typed by `fileOperation`; stored with its input erased. */
  handle: (args: { c: HonoContext; ctx: RequestContext; userId: number; input: unknown; form: ParsedForm }) => Promise<Response>;
};

/** Declares a file operation; its input's type follows `meta.input`. */
export function fileOperation<TInput extends v.GenericSchema | undefined = undefined>(definition: {
  name: string;
  meta: OperationMeta & { input?: TInput };
  route?: RouteOptions;
  handle: FileHandler<TInput>;
}): FileOperation {
  return { ...definition, input: definition.meta.input, handle: definition.handle as FileOperation['handle'] };
}

function pathValues(c: HonoContext, path: string): Record<string, string | undefined> {
  return Object.fromEntries(pathParameters(path).map((name) => [name, c.req.param(name)]));
}

const NO_FORM: ParsedForm = { fields: {}, files: new Map() };

async function formOf(c: HonoContext, mediaTypes: readonly string[]): Promise<ParsedForm> {
  const body = await readRequestBody(c, mediaTypes);
  const fields =
    typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value) ? (body.value as Record<string, unknown>) : {};
  return { fields, files: body.files };
}

export function registerFileOperations(app: Hono, requestContext: RequestContextOf, operations: readonly FileOperation[]): void {
  for (const operation of operations) {
    const { meta } = operation;
    const served: RouteOperation = {
      handle: async ({ c, ctx }) => {
        const userId = (await ctx.principal()).user.id;
        // A failed parse throws valibot's issues, which the error table turns into field errors.
        const input = operation.input ? v.parse(operation.input, { ...queryValues(c), ...pathValues(c, meta.path) }) : undefined;
        const form = meta.body ? await formOf(c, meta.body.mediaTypes) : NO_FORM;
        return operation.handle({ c, ctx, userId, input, form });
      },
    };
    registerRoute(app, requestContext, {
      path: operation.route?.path ?? toHonoPath(meta.path),
      operations: { [meta.method]: served },
      parses: meta.body?.mediaTypes ?? [],
      optionsName: (c) => c.req.path,
      ...(operation.route?.requestInfo ? { requestInfo: operation.route.requestInfo } : {}),
      ...(operation.route?.onlyOwnMethods ? { onlyOwnMethods: true } : {}),
    });
  }
}
