/** The one initTRPC call: `router`, `publicProcedure`, `protectedProcedure`, `createCallerFactory`.
 * Procedures carry `meta.openapi`, from which the REST routes and the OpenAPI document are
 * generated; errors map through the request layer's one table. */
import { isDomainError } from '@jobtracker/core';
import { initTRPC, TRPCError } from '@trpc/server';
import { isRequestError } from '../request/request-error.js';
import type { RequestContext } from '../request/request-context.js';
import { contractErrorFromUnknown } from '../request/contract-error.js';
import type { Meta } from './operation-meta.js';
import { contractErrorOfTrpc, trpcCodeOf } from './trpc-errors.js';

const t = initTRPC
  .context<RequestContext>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const contract = contractErrorOfTrpc(error);
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

/** Domain and request errors become TRPCErrors whose code follows the contract status (the
 * cause keeps the original error for the formatter and the REST routes). */
const contractErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? undefined : result.error.cause;
  if (isDomainError(cause) || isRequestError(cause)) {
    const contract = contractErrorFromUnknown(cause);
    throw new TRPCError({ code: trpcCodeOf(contract.status), message: contract.status >= 500 ? 'Error' : cause.code, cause });
  }
  return result;
});

const authenticated = t.middleware(async ({ ctx, next }) => {
  const principal = await ctx.principal();
  return next({ ctx: { ...ctx, user: principal.user, session: principal.session } });
});

export const router = t.router;
export const publicProcedure = t.procedure.use(contractErrors);
export const protectedProcedure = publicProcedure.use(authenticated);
export const createCallerFactory = t.createCallerFactory;
