/** What the fuzz part aims at, read from the server itself: every operation of the OpenAPI
 * document (`/api/schema/?format=json`), with its path and query parameters and request body
 * schema, and every tRPC procedure of the router (with the input of its REST twin, when it has
 * one). */
import type { ProcedureEntry } from '@jobtracker/api/testing/procedures';
import type { JsonSchema } from './schema-values.js';

export type Parameter = { name: string; in: 'path' | 'query'; schema?: JsonSchema };

export type RestTarget = {
  kind: 'rest';
  method: string;
  path: string;
  parameters: Parameter[];
  /** Media types of the request body and its schema; null without a body. */
  body: { mediaTypes: string[]; schema?: JsonSchema } | null;
  public: boolean;
};

export type TrpcTarget = { kind: 'trpc'; name: string; type: 'query' | 'mutation'; public: boolean; input?: JsonSchema };

export type Target = RestTarget | TrpcTarget;

export const targetLabel = (target: Target) => (target.kind === 'rest' ? `${target.method} ${target.path}` : `tRPC ${target.name}`);

type Document = { paths: Record<string, Record<string, OperationObject>>; components?: { schemas?: Record<string, JsonSchema> } };
type OperationObject = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Replaces `$ref`s to components by the schemas they name. */
function resolve(schema: JsonSchema | undefined, document: Document, seen = new Set<string>()): JsonSchema | undefined {
  if (!schema || typeof schema !== 'object') return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return {};
    return resolve(document.components?.schemas?.[name], document, new Set([...seen, name]));
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, document, seen) ?? {}]));
  if (schema.items) out.items = resolve(schema.items, document, seen);
  if (schema.anyOf) out.anyOf = schema.anyOf.map((item) => resolve(item, document, seen) ?? {});
  if (schema.oneOf) out.oneOf = schema.oneOf.map((item) => resolve(item, document, seen) ?? {});
  return out;
}

export function restTargets(document: Document): RestTarget[] {
  const targets: RestTarget[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!METHODS.includes(method)) continue;
      const content = operation.requestBody?.content ?? {};
      const mediaTypes = Object.keys(content);
      targets.push({
        kind: 'rest',
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []).map((parameter) => ({ ...parameter, schema: resolve(parameter.schema, document) })),
        body: mediaTypes.length === 0 ? null : { mediaTypes, schema: resolve(content[mediaTypes[0]!]?.schema, document) },
        // An empty security list marks the public operations.
        public: Array.isArray(operation.security) && operation.security.length === 0,
      });
    }
  }
  return targets;
}

/** The procedure's input as one object: its REST twin's path and query parameters and body. */
function inputOf(rest: RestTarget | undefined): JsonSchema | undefined {
  if (!rest) return undefined;
  const properties: Record<string, JsonSchema> = { ...(rest.body?.schema?.properties ?? {}) };
  for (const parameter of rest.parameters) properties[parameter.name] = parameter.schema ?? {};
  return { type: 'object', properties };
}

export function trpcTargets(catalog: ProcedureEntry[], rest: RestTarget[]): TrpcTarget[] {
  return catalog.map((procedure) => {
    const twin = procedure.rest ? rest.find((target) => target.method === procedure.rest!.method && target.path === procedure.rest!.path) : undefined;
    const input = inputOf(twin);
    return { kind: 'trpc', name: procedure.name, type: procedure.type, public: procedure.public, ...(input ? { input } : {}) };
  });
}
