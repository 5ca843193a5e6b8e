/** JSON Schema fragments for fields whose valibot form is a raw transform (DRF-style coercion),
 * looked up by the OpenAPI generator so the document stays precise. */
type JsonSchema = Record<string, unknown>;

const registry = new WeakMap<object, JsonSchema>();

/** Registers `json` for `schema` and for the schemas inside its pipe: converting an output type,
 * the generator looks at the last schema of a pipeline, not at the pipeline itself. The
 * outermost description wins, since it is registered last. */
export function describeJsonSchema<T extends object>(schema: T, json: JsonSchema): T {
  registry.set(schema, json);
  const pipe = (schema as { pipe?: ReadonlyArray<{ kind?: string }> }).pipe;
  for (const item of pipe ?? []) if (item.kind === 'schema') describeJsonSchema(item, json);
  return schema;
}

export function registeredJsonSchema(schema: object): JsonSchema | undefined {
  return registry.get(schema);
}
