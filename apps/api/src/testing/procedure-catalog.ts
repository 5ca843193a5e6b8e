/** Test utility (exported as @jobtracker/api/testing/procedures): every tRPC procedure with its
 * kind, whether it is public, and the REST operation serving the same procedure, read off the
 * router, so tools (the reliability harness) cover both transports without a list of their own. */
import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { Meta } from '../procedures/operation-meta.js';
import { appRouter } from '../procedures/app.router.js';

export type ProcedureEntry = {
  /** Dotted name, the tRPC path: `applications.get`. */
  name: string;
  type: 'query' | 'mutation';
  /** Public procedures skip authentication (register, login, refresh). */
  public: boolean;
  /** The REST operation answering the same procedure, when there is one. */
  rest: { method: string; path: string } | null;
};

export function procedureCatalog(): ProcedureEntry[] {
  const procedures = (appRouter as AnyRouter)._def.procedures as Record<string, AnyProcedure>;
  return Object.entries(procedures).flatMap(([name, procedure]) => {
    const def = procedure._def as unknown as { type: string; meta?: Meta };
    if (def.type !== 'query' && def.type !== 'mutation') return [];
    const openapi = def.meta?.openapi;
    return [{ name, type: def.type, public: openapi?.public === true, rest: openapi ? { method: openapi.method, path: openapi.path } : null }];
  });
}
