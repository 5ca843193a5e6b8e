/** The OpenAPI 3.1 document, generated from the same procedures and schemas as the REST routes,
 * plus the hand-described binary routes (uploads, exports, media). */
import type { JsonSchema } from '@valibot/to-json-schema';
import { DetailError, ErrorMessageBody, FileErrorsBody, MessageError } from '@jobtracker/contracts';
import type { Operation, Route } from '../rest/operations.js';
import { jsonSchemaOf } from './json-schema.js';

type Json = Record<string, unknown>;

export type OpenApiPaths = Record<string, Record<string, Json>>;

const TAGS = ['Authentication', 'Applications', 'Companies', 'Analytics', 'Export', 'Root'];

const errorSchemaRefs: Record<number, Json> = {
  400: {
    description: 'Invalid input: a DRF-style field map, or an `error`, `errors` or `message` body',
    content: {
      'application/json': {
        schema: {
          oneOf: [
            { $ref: '#/components/schemas/FieldErrors' },
            { $ref: '#/components/schemas/ErrorMessage' },
            { $ref: '#/components/schemas/FileErrors' },
            { $ref: '#/components/schemas/MessageError' },
            { $ref: '#/components/schemas/DetailError' },
          ],
        },
      },
    },
  },
  401: { description: 'Not authenticated', content: { 'application/json': { schema: { $ref: '#/components/schemas/DetailError' } } } },
  404: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorMessage' } } } },
  405: { description: 'Method not allowed', content: { 'application/json': { schema: { $ref: '#/components/schemas/DetailError' } } } },
  413: { description: 'Request body too large', content: { 'application/json': { schema: { $ref: '#/components/schemas/DetailError' } } } },
  415: { description: 'Unsupported media type', content: { 'application/json': { schema: { $ref: '#/components/schemas/DetailError' } } } },
  429: {
    description: 'Too many failed attempts; see Retry-After',
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/DetailError' } } },
  },
};

export function errorResponses(statuses: readonly number[]): Record<string, Json> {
  return Object.fromEntries(statuses.filter((s) => errorSchemaRefs[s]).map((s) => [String(s), errorSchemaRefs[s] as Json]));
}

function objectProperties(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: string[] } {
  const json = schema as Json;
  return {
    properties: (json['properties'] as Record<string, JsonSchema> | undefined) ?? {},
    required: (json['required'] as string[] | undefined) ?? [],
  };
}

function operationObject(route: Route, operation: Operation): Json {
  const { meta } = operation;
  const input = operation.input ? objectProperties(jsonSchemaOf(operation.input)) : { properties: {}, required: [] };
  const pathParameters = route.params.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'index' ? { type: 'integer', minimum: 0 } : { type: 'string', pattern: '^[0-9a-fA-F]{24}$' },
  }));
  const fields = Object.entries(input.properties).filter(([name]) => !route.params.includes(name));
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(meta.method);
  const queryParameters = hasBody
    ? []
    : fields.map(([name, schema]) => ({ name, in: 'query', required: input.required.includes(name), schema }));
  const bodySchema = {
    type: 'object',
    properties: Object.fromEntries(fields),
    required: input.required.filter((name) => !route.params.includes(name)),
  };
  const status = String(meta.successStatus ?? 200);
  const success: Json =
    status === '204'
      ? { description: 'Deleted' }
      : { description: 'Success', content: { 'application/json': { schema: meta.output ? jsonSchemaOf(meta.output) : {} } } };
  const errors = [...new Set([...(meta.errors ?? []), ...(meta.public ? [] : [401]), ...(hasBody ? [413, 415] : [])])];
  return {
    operationId: operation.procedurePath.replace(/\./g, '_'),
    summary: meta.summary,
    ...(meta.description ? { description: meta.description } : {}),
    tags: meta.tags,
    ...(meta.public ? { security: [] } : {}),
    parameters: [...pathParameters, ...queryParameters],
    ...(hasBody && fields.length > 0
      ? {
          requestBody: {
            required: bodySchema.required.length > 0,
            content: {
              'application/json': { schema: bodySchema },
              'application/x-www-form-urlencoded': { schema: bodySchema },
            },
          },
        }
      : {}),
    responses: { [status]: success, ...errorResponses(errors.sort()) },
  };
}

export function buildOpenApiDocument(options: { routes: readonly Route[]; extraPaths?: OpenApiPaths }): Json {
  const paths: OpenApiPaths = {};
  for (const route of options.routes) {
    const item: Record<string, Json> = {};
    for (const [method, operation] of route.operations) item[method.toLowerCase()] = operationObject(route, operation);
    paths[route.path] = item;
  }
  for (const [path, item] of Object.entries(options.extraPaths ?? {})) paths[path] = { ...paths[path], ...item };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Job Application Tracker API',
      version: '1.0.0',
      description:
        'Track job applications, companies and analytics. Every path ends with a slash. ' +
        'Authenticate with `Authorization: Bearer <access token>` from /api/auth/login/.',
    },
    tags: TAGS.map((name) => ({ name })),
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        FieldErrors: {
          type: 'object',
          description: 'Field name to messages; nested objects nest; list items are keyed by index',
          additionalProperties: { oneOf: [{ type: 'array', items: { type: 'string' } }, { $ref: '#/components/schemas/FieldErrors' }] },
        },
        DetailError: jsonSchemaOf(DetailError),
        ErrorMessage: jsonSchemaOf(ErrorMessageBody),
        FileErrors: jsonSchemaOf(FileErrorsBody),
        MessageError: jsonSchemaOf(MessageError),
      },
    },
  };
}
