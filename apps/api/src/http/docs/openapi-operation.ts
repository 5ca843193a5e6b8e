/** One operation of the OpenAPI document: parameters from the path and the input schema, the
 * request body (the JSON input, or a declared body such as a multipart upload), the success
 * response (JSON output or a file) and the documented errors. */
import type { JsonSchema } from '@valibot/to-json-schema';
import type { DocumentedOperation } from '../../procedures/operation-meta.js';
import { pathParameters } from '../hono-path.js';
import { jsonSchemaOf } from './json-schema.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });

const ERROR_RESPONSES: Record<number, Json> = {
  400: {
    description: 'Invalid input: a DRF-style field map, or an `error`, `errors` or `message` body',
    // anyOf: a field map may look like one of the others (`{"errors": [...]}` is both).
    content: json({ anyOf: ['FieldErrors', 'ErrorMessage', 'FileErrors', 'MessageError', 'DetailError'].map(ref) }),
  },
  401: { description: 'Not authenticated', content: json(ref('DetailError')) },
  403: { description: 'Authenticated by the session cookie from another origin: refused (CSRF)', content: json(ref('DetailError')) },
  404: { description: 'Not found', content: json({ anyOf: [ref('ErrorMessage'), ref('DetailError')] }) },
  409: { description: 'The account is not empty', content: json(ref('ErrorMessage')) },
  413: { description: 'Request body too large', content: json(ref('DetailError')) },
  415: { description: 'Unsupported media type', content: json(ref('DetailError')) },
  429: {
    description: 'Too many failed attempts; see Retry-After',
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
    content: json(ref('DetailError')),
  },
};

const BODY_METHODS = ['POST', 'PUT', 'PATCH'];

function objectProperties(schema: JsonSchema | undefined): { properties: Record<string, JsonSchema>; required: string[] } {
  const object = (schema ?? {}) as Json;
  return {
    properties: (object['properties'] as Record<string, JsonSchema> | undefined) ?? {},
    required: (object['required'] as string[] | undefined) ?? [],
  };
}

function pathParameterSchema(name: string): Json {
  if (name === 'index') return { type: 'integer', minimum: 0 };
  if (name === 'id') return { type: 'string', pattern: '^[0-9a-fA-F]{24}$' };
  return { type: 'string' };
}

function requestBody(operation: DocumentedOperation, fields: Array<[string, JsonSchema]>, required: string[]): Json | undefined {
  const { meta } = operation;
  if (meta.body) {
    const schema = jsonSchemaOf(meta.body.schema);
    // Multipart is the one body a file can travel in.
    return { required: true, content: { 'multipart/form-data': { schema } } };
  }
  if (!BODY_METHODS.includes(meta.method) || fields.length === 0) return undefined;
  const schema = { type: 'object', properties: Object.fromEntries(fields), required };
  return {
    required: required.length > 0,
    content: { 'application/json': { schema }, 'application/x-www-form-urlencoded': { schema } },
  };
}

function successResponse(operation: DocumentedOperation): Json {
  const { meta } = operation;
  if (meta.successStatus === 204) return { description: 'Deleted' };
  if (meta.produces) {
    const content = meta.produces.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]);
    return { description: meta.produces.description, content: Object.fromEntries(content) };
  }
  return { description: 'Success', content: json(meta.output ? (jsonSchemaOf(meta.output) as Json) : {}) };
}

export function operationObject(operation: DocumentedOperation): Json {
  const { meta } = operation;
  const params = pathParameters(meta.path);
  const input = objectProperties(operation.input ? jsonSchemaOf(operation.input) : undefined);
  const fields = Object.entries(input.properties).filter(([name]) => !params.includes(name));
  const required = input.required.filter((name) => !params.includes(name));
  const jsonBody = BODY_METHODS.includes(meta.method) && !meta.body;
  const body = requestBody(operation, fields, required);
  // A cookie-authenticated write from another origin is refused; reads are not (no side effects).
  const crossSite = meta.webSession && meta.method !== 'GET' ? [403] : [];
  const errors = [...new Set([...(meta.errors ?? []), ...(meta.public ? [] : [401]), ...crossSite, ...(BODY_METHODS.includes(meta.method) ? [413, 415] : [])])];
  return {
    operationId: operation.name.replace(/\./g, '_'),
    summary: meta.summary,
    ...(meta.description ? { description: meta.description } : {}),
    tags: meta.tags,
    ...(meta.public ? { security: [] } : meta.webSession ? { security: [{ bearerAuth: [] }, { sessionCookie: [] }] } : {}),
    parameters: [
      ...params.map((name) => ({ name, in: 'path', required: true, schema: pathParameterSchema(name) })),
      ...(jsonBody ? [] : fields.map(([name, schema]) => ({ name, in: 'query', required: required.includes(name), schema }))),
    ],
    ...(body ? { requestBody: body } : {}),
    responses: {
      [String(meta.successStatus ?? 200)]: successResponse(operation),
      ...Object.fromEntries(errors.sort((a, b) => a - b).filter((status) => ERROR_RESPONSES[status]).map((status) => [String(status), ERROR_RESPONSES[status]])),
    },
  };
}
