/** Values shaped by an operation's documented JSON Schema, each leaf either plausible (so the
 * request gets past validation into the use case and the store) or hostile (wrong type, odd
 * unicode, operator objects, huge), plus keys nobody documented. */
import fc from 'fast-check';
import { anyJson, operatorObject, prototypeKey, strangeNumber, strangeText } from './values.js';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
};

const plausibleText = (schema: JsonSchema): fc.Arbitrary<string> => {
  if (schema.format === 'uri') return fc.oneof(fc.constant('https://example.com/job'), strangeText.map((text) => `https://example.com/${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}`));
  if (schema.format === 'date-time') return fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.constantFrom('2025-01-15T10:00:00Z', '2025-01-15', '2025-13-45T99:99:99Z'));
  if (schema.format === 'date') return fc.constantFrom('2025-01-15', '2025-02-30', '0001-01-01');
  if (schema.format === 'email') return fc.oneof(fc.constant('someone@example.com'), strangeText.map((text) => `${text}@example.com`));
  const max = schema.maxLength ?? 300;
  return fc.oneof({ weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }) }, { weight: 2, arbitrary: strangeText }, { weight: 1, arbitrary: fc.constant('z'.repeat(max + 1)) });
};

const plausibleNumber = (schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> =>
  fc.oneof(
    integer ? fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1_000_000 }) : fc.double({ noNaN: true, min: schema.minimum ?? -10, max: schema.maximum ?? 1e6 }),
    strangeNumber,
    strangeNumber.map(String),
  );

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/** A plausible value of `schema` with hostile leaves mixed in (at most `depth` levels of objects). */
export function valueFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return anyJson;
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (variants.length > 0) return fc.oneof(...variants.map((variant) => valueFor(variant, depth + 1)));
  const hostile = fc.oneof({ weight: 3, arbitrary: anyJson }, { weight: 1, arbitrary: operatorObject });
  let plausible: fc.Arbitrary<unknown>;
  if (schema.enum && schema.enum.length > 0) plausible = fc.constantFrom(...schema.enum);
  else {
    const [type] = typesOf(schema);
    switch (type) {
      case 'string':
        plausible = plausibleText(schema);
        break;
      case 'integer':
      case 'number':
        plausible = plausibleNumber(schema, type === 'integer');
        break;
      case 'boolean':
        plausible = fc.oneof(fc.boolean(), fc.constantFrom('yes', 'no', 'True', 'false', '1', '0', 'maybe'));
        break;
      case 'array':
        plausible = fc.array(valueFor(schema.items, depth + 1), { maxLength: 6 });
        break;
      case 'object':
        plausible = objectFor(schema, depth);
        break;
      default:
        plausible = anyJson;
    }
  }
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
}

/** Some of the documented keys, and now and then one nobody documented. */
export function objectFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema?.properties ?? {});
  const documented = properties.length === 0 ? fc.constant({}) : fc.record(Object.fromEntries(properties.map(([name, property]) => [name, valueFor(property, depth + 1)])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.oneof(prototypeKey, strangeText), anyJson, { maxKeys: 2 });
  return fc.tuple(documented, fc.option(extra, { freq: 4 })).map(([known, unknown]) => {
    const value: Record<string, unknown> = { ...known };
    // Defined so `__proto__` becomes an own key, as JSON.parse would make it.
    for (const [name, item] of Object.entries(unknown ?? {})) Object.defineProperty(value, name, { value: item, enumerable: true, configurable: true, writable: true });
    return value;
  });
}
