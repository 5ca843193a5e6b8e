/** The OpenAPI 3.1 document, generated from the operations' one description (procedures and file
 * routes alike) and their contracts schemas. */
import { DetailError, ErrorMessageBody, FileErrorsBody, MessageError } from '@jobtracker/contracts';
import type { DocumentedOperation } from '../../procedures/operation-meta.js';
import { jsonSchemaOf } from './json-schema.js';
import { operationObject } from './openapi-operation.js';

type Json = Record<string, unknown>;

const TAGS: Array<{ name: string; description: string }> = [
  { name: 'Authentication', description: 'Registration, tokens (login, refresh, logout) and the profile of the signed-in user.' },
  { name: 'Applications', description: 'Job applications: the paginated list, search, status changes, timeline events and attached files.' },
  { name: 'Companies', description: 'Companies with their application counts, search, autocomplete and statistics.' },
  { name: 'Analytics', description: "Numbers computed over the caller's applications: dashboard, trends, skills, salaries, response times." },
  { name: 'Export', description: "The caller's data as streamed CSV files and a PDF report." },
  { name: 'Media', description: 'Stored uploads, served to their owner only.' },
  { name: 'Root', description: 'API discovery.' },
];

export function buildOpenApiDocument(operations: readonly DocumentedOperation[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const operation of operations) {
    const item = (paths[operation.meta.path] ??= {});
    item[operation.meta.method.toLowerCase()] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Job Application Tracker API',
      version: '1.0.0',
      description:
        'Track job applications, companies and analytics. Every path ends with a slash. ' +
        'Authenticate with `Authorization: Bearer <access token>` from /api/auth/login/.',
      // The repository's LICENSE (SPDX identifier, as OpenAPI 3.1 allows instead of a URL).
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: TAGS,
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
