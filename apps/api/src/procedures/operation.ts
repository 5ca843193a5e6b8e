/** A documented procedure in one call: `meta.openapi` and the resolver's return type bound to the
 * same output schema, so the document, the REST answer and the typed client cannot disagree. */
import type { GenericSchema, InferOutput } from 'valibot';
import { protectedProcedure, publicProcedure } from './init.js';
import type { OperationMeta } from './operation-meta.js';

type WithOutput<TOutput extends GenericSchema> = OperationMeta & { output: TOutput };

/** tRPC's `.output()` takes a parser; this one only fixes the type. Responses are checked against
 * their schemas by the response-schema test, not validated on every request. */
const typedAs =
  <TOutput extends GenericSchema>() =>
  (value: unknown): InferOutput<TOutput> =>
    value as InferOutput<TOutput>;

export function protectedOperation<TOutput extends GenericSchema>(openapi: WithOutput<TOutput>) {
  return protectedProcedure.meta({ openapi }).output(typedAs<TOutput>());
}

export function publicOperation<TOutput extends GenericSchema>(openapi: WithOutput<TOutput>) {
  return publicProcedure.meta({ openapi }).output(typedAs<TOutput>());
}
