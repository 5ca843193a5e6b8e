/** A documented procedure in one call: `meta.openapi` and the resolver's return type bound to the
 * same output schema, so the document, the REST answer and the typed client cannot disagree. */
import type { GenericSchema, InferOutput } from 'valibot';
import { protectedProcedure, publicProcedure } from './init.js';
import type { OperationMeta } from './operation-meta.js';

type WithOutput<TOutput extends GenericSchema> = OperationMeta & { output: TOutput };

/** The parser type `.output()` would take to fix the procedure's output type. */
type OutputOf<TOutput extends GenericSchema> = (value: unknown) => InferOutput<TOutput>;

/* The builders get `.output()`'s type only. Calling it, even with an identity parser, adds an
 * output middleware to every call (about 6 µs each, measured); validating the output would cost
 * about 60 µs for a page of 20 applications. Responses are checked against their schemas by the
 * response-schema test instead. */

type ProtectedWithOutput<TOutput extends GenericSchema> = ReturnType<typeof protectedProcedure.output<OutputOf<TOutput>>>;
type PublicWithOutput<TOutput extends GenericSchema> = ReturnType<typeof publicProcedure.output<OutputOf<TOutput>>>;

export function protectedOperation<TOutput extends GenericSchema>(openapi: WithOutput<TOutput>): ProtectedWithOutput<TOutput> {
  return protectedProcedure.meta({ openapi }) as unknown as ProtectedWithOutput<TOutput>;
}

export function publicOperation<TOutput extends GenericSchema>(openapi: WithOutput<TOutput>): PublicWithOutput<TOutput> {
  return publicProcedure.meta({ openapi }) as unknown as PublicWithOutput<TOutput>;
}
