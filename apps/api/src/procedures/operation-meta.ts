/** How an operation is described: the same shape for tRPC procedures (`meta.openapi`) and for
 * the file routes (uploads, downloads, exports). The REST routes and the OpenAPI document are
 * generated from it. */
import type { GenericSchema } from 'valibot';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type OperationMeta = {
  method: HttpMethod;
  /** Contract path with `{param}` placeholders (and the contract's trailing slash under /api). */
  path: `/api/${string}` | `/media/${string}`;
  /** Success status; 204 sends no body. */
  successStatus?: 200 | 201 | 204;
  tags: string[];
  summary: string;
  description?: string;
  /** Public operations skip authentication (register, login, refresh). */
  public?: boolean;
  /** Besides a Bearer token, the web app's HttpOnly session cookie authenticates (file routes the
   * browser cannot reach over tRPC). A cookie counts only when no Authorization header is sent,
   * and a cookie-authenticated request other than GET/HEAD must come from our own origin, else
   * 403. */
  webSession?: boolean;
  /** Query and path parameters, merged into one object. Procedures take theirs from `.input()`;
   * for POST, PUT and PATCH procedures it is the JSON body (path parameters merged in). */
  input?: GenericSchema;
  /** A request body other than the procedure's JSON input (multipart uploads). */
  body?: { schema: GenericSchema; mediaTypes: readonly string[] };
  /** The JSON success body. */
  output?: GenericSchema;
  /** A success body that is a file rather than JSON: the media types it may have. */
  produces?: { mediaTypes: readonly string[]; description: string };
  /** Error statuses this operation can answer with, besides 401 (added unless public). */
  errors?: number[];
};

export type Meta = { openapi?: OperationMeta };

/** One documented operation, whichever transport serves it. */
export type DocumentedOperation = {
  /** Dotted name, e.g. `auth.login`; the OpenAPI operationId replaces the dots. */
  name: string;
  meta: OperationMeta;
  /** Query and path parameters (or the JSON body, see `OperationMeta.input`). */
  input: GenericSchema | undefined;
};
