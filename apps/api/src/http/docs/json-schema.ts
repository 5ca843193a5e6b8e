/** Valibot -> JSON Schema (2020-12, as OpenAPI 3.1 uses), with the DRF-style fields described by
 * the schema fragments they registered. */
import { registeredJsonSchema } from '@jobtracker/contracts';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';

export function jsonSchemaOf(schema: GenericSchema): JsonSchema {
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    typeMode: 'output',
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema }) => (registeredJsonSchema(valibotSchema) as JsonSchema | undefined) ?? null,
  });
  delete (json as Record<string, unknown>)['$schema'];
  return json;
}
