/** Reads the REST operations off the tRPC router: every procedure with `meta.openapi`. */
import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { GenericSchema } from 'valibot';
import type { HttpMethod, OpenApiMeta } from '../trpc/init.js';

export type Operation = {
  /** Dotted tRPC path, e.g. `auth.login`. */
  procedurePath: string;
  type: 'query' | 'mutation';
  meta: OpenApiMeta;
  /** The input schema, when the procedure has one. */
  input: GenericSchema | undefined;
};

export type Route = {
  /** Contract path, e.g. `/api/applications/{id}/`. */
  path: string;
  /** Path parameter names in order. */
  params: string[];
  operations: Map<HttpMethod, Operation>;
};

type ProcedureDef = {
  type: 'query' | 'mutation' | 'subscription';
  meta?: { openapi?: OpenApiMeta };
  inputs: unknown[];
};

export function collectRoutes(router: AnyRouter): Route[] {
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  const routes = new Map<string, Route>();
  for (const [procedurePath, procedure] of Object.entries(procedures)) {
    const def = procedure._def as unknown as ProcedureDef;
    const meta = def.meta?.openapi;
    if (!meta || def.type === 'subscription') continue;
    const route = routes.get(meta.path) ?? {
      path: meta.path,
      params: [...meta.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
      operations: new Map(),
    };
    if (route.operations.has(meta.method)) throw new Error(`Two procedures answer ${meta.method} ${meta.path}`);
    route.operations.set(meta.method, { procedurePath, type: def.type, meta, input: def.inputs[0] as GenericSchema | undefined });
    routes.set(meta.path, route);
  }
  // Fixed segments before parameters, so `/stats/` is never taken for an `{id}`.
  return [...routes.values()].sort((a, b) => a.params.length - b.params.length || a.path.localeCompare(b.path));
}

/** `/api/applications/{id}/` -> `/api/applications/:id` (Hono's syntax; index params digits
 * only). The app is non-strict, so the route answers with and without the trailing slash. */
export function toHonoPath(path: string): string {
  const hono = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'index' ? `:${name}{[0-9]+}` : `:${name}`));
  return hono.length > 1 ? hono.replace(/\/$/, '') : hono;
}
