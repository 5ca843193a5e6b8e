/** The one initTRPC call. Procedures carry `meta.openapi`, from which the REST routes and the
 * OpenAPI document are generated. */
import { isDomainError } from '@jobtracker/core';
import { toFieldErrors } from '@jobtracker/contracts';
import { initTRPC, StandardSchemaV1Error, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { GenericSchema } from 'valibot';
import { contractErrorOf, INTERNAL_ERROR, type ContractError } from '../http/error-table.js';
import type { Context } from './context.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type OpenApiMeta = {
  method: HttpMethod;
  /** Contract path with `{param}` placeholders and a trailing slash, e.g. `/api/auth/login/`. */
  path: `/api/${string}`;
  /** Success status; 204 sends no body. */
  successStatus?: 200 | 201 | 204;
  tags: string[];
  summary: string;
  description?: string;
  /** Public operations skip authentication (register, login, refresh). */
  public?: boolean;
  /** The success body, for the document. */
  output?: GenericSchema;
  /** Contract error statuses this operation can answer with, for the document. */
  errors?: number[];
};

export type Meta = { openapi?: OpenApiMeta };

/** Maps any error to the contract's status and body. */
export function contractErrorFromUnknown(error: unknown): ContractError {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (isDomainError(cause)) return contractErrorOf(cause);
  if (cause instanceof StandardSchemaV1Error) {
    return { status: 400, trpcCode: 'BAD_REQUEST', body: toFieldErrors(cause.issues) };
  }
  // tRPC's own errors (unknown procedure, wrong method on /trpc) keep their status and text.
  if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') {
    return { status: getHTTPStatusCodeFromError(error), trpcCode: error.code, body: { detail: error.message } };
  }
  return INTERNAL_ERROR;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const contract = contractErrorFromUnknown(error);
      const isInternal = contract.status >= 500;
      return {
        ...shape,
        // tRPC passes cause.message through by default: never show internal text.
        message: isInternal ? 'Internal server error' : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: contract.status,
          path: shape.data.path,
          contract: contract.body,
        },
      };
    },
  });

/** Domain errors become TRPCErrors with the right code (the cause keeps the domain error). */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) {
    const contract = contractErrorOf(result.error.cause);
    throw new TRPCError({ code: contract.trpcCode, message: contract.status >= 500 ? 'Error' : result.error.cause.code, cause: result.error.cause });
  }
  return result;
});

const authenticated = t.middleware(async ({ ctx, next }) => {
  const principal = await ctx.principal();
  return next({ ctx: { ...ctx, user: principal.user, session: principal.session } });
});

export const router = t.router;
export const publicProcedure = t.procedure.use(domainErrors);
export const protectedProcedure = publicProcedure.use(authenticated);
export const createCallerFactory = t.createCallerFactory;
