/** Reads the documented operations off the tRPC router: every procedure with `meta.openapi`. */
import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { GenericSchema } from 'valibot';
import type { DocumentedOperation, Meta } from './operation-meta.js';

type ProcedureDef = { type: 'query' | 'mutation' | 'subscription'; meta?: Meta; inputs: unknown[] };

export function documentedProcedures(router: AnyRouter): DocumentedOperation[] {
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  const operations: DocumentedOperation[] = [];
  const seen = new Set<string>();
  for (const [name, procedure] of Object.entries(procedures)) {
    const def = procedure._def as unknown as ProcedureDef;
    const meta = def.meta?.openapi;
    if (!meta || def.type === 'subscription') continue;
    const key = `${meta.method} ${meta.path}`;
    if (seen.has(key)) throw new Error(`Two procedures answer ${key}`);
    seen.add(key);
    operations.push({ name, meta, input: def.inputs[0] as GenericSchema | undefined });
  }
  return operations;
}
