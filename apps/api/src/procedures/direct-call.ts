/** Calls a documented procedure's resolver straight from a REST route, with what its tRPC
 * middlewares would do done here: the caller authenticated (the route conventions already did,
 * memoised), the input validated with the procedure's own schema, the resolver called with the
 * same `ctx` and `input`. A tRPC caller does the same through a chain of promises, object
 * spreads and proxies on every call (about a tenth of a small request's CPU, measured).
 *
 * Errors stay raw (a DomainError, the schema's issues, anything else) and reach the app's one
 * error handler, which answers each through the error table exactly as it answers the
 * TRPCErrors wrapping them. A procedure whose middlewares are not the known ones gets no direct
 * call (null): the REST route then goes through a caller, as before. */
import { StandardSchemaV1Error, type AnyProcedure, type AnyRouter } from '@trpc/server';
import type { RequestContext } from '../request/request-context.js';
import { KNOWN_MIDDLEWARES } from './init.js';

export type DirectCall = (ctx: RequestContext, input: unknown) => Promise<unknown>;

type StandardSchema = {
  '~standard': { validate(value: unknown): { value?: unknown; issues?: ReadonlyArray<{ message: string }> } | Promise<{ value?: unknown; issues?: ReadonlyArray<{ message: string }> }> };
};

type ProcedureDef = {
  type: 'query' | 'mutation' | 'subscription';
  meta?: unknown;
  inputs: unknown[];
  middlewares: unknown[];
  resolver?: (options: Record<string, unknown>) => Promise<unknown> | unknown;
};

function startsWith(list: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((item, index) => list[index] === item);
}

/** Which of the known middleware chains the procedure runs: 'protected', 'public' or null. */
function chainOf(def: ProcedureDef): 'protected' | 'public' | null {
  const { contractErrors, authenticated } = KNOWN_MIDDLEWARES;
  // Known chain, one input middleware per input, and the resolver's own middleware last.
  const expected = (known: readonly unknown[]) => known.length + def.inputs.length + 1 === def.middlewares.length && startsWith(def.middlewares, known);
  if (expected([...contractErrors, ...authenticated])) return 'protected';
  if (expected(contractErrors)) return 'public';
  return null;
}

export function directCallOf(router: AnyRouter, name: string): DirectCall | null {
  const procedure = (router._def.procedures as Record<string, AnyProcedure | undefined>)[name];
  const def = procedure?._def as unknown as ProcedureDef | undefined;
  if (!def || def.type === 'subscription' || typeof def.resolver !== 'function' || def.inputs.length > 1) return null;
  const chain = chainOf(def);
  if (chain === null) return null;
  const resolver = def.resolver;
  const schema = def.inputs[0] as StandardSchema | undefined;
  if (schema !== undefined && typeof schema['~standard']?.validate !== 'function') return null;

  return async (ctx, rawInput) => {
    let procedureCtx: RequestContext & Partial<Awaited<ReturnType<RequestContext['principal']>>> = ctx;
    if (chain === 'protected') {
      const { user, session } = await ctx.principal();
      procedureCtx = { ...ctx, user, session };
    }
    let input = rawInput;
    if (schema !== undefined) {
      const result = await schema['~standard'].validate(rawInput);
      // The error tRPC's input parser throws, with the schema's issues.
      if (result.issues) throw new StandardSchemaV1Error(result.issues);
      input = result.value;
    }
    return resolver({ ctx: procedureCtx, input, type: def.type, path: name, meta: def.meta, getRawInput: async () => rawInput, signal: undefined });
  };
}
