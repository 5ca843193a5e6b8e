/** JSON Schema fragments for fields whose valibot form is a raw transform (DRF-style coercion),
 * looked up by the OpenAPI generator so the document stays precise. */
type JsonSchema = Record<string, unknown>;

const registry = new WeakMap<object, JsonSchema>();

export function describeJsonSchema<T extends object>(schema: T, json: JsonSchema): T {
  registry.set(schema, json);
  return schema;
}

export function registeredJsonSchema(schema: object): JsonSchema | undefined {
  return registry.get(schema);
}
