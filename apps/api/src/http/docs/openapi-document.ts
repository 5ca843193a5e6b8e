/** The OpenAPI 3.1 document, generated from the operations' one description (procedures and file
 * routes alike) and their contracts schemas. */
import { DetailError, ErrorMessageBody, FileErrorsBody, MessageError } from '@jobtracker/contracts';
import type { DocumentedOperation } from '../../procedures/operation-meta.js';
import { SESSION_COOKIE } from '../request-info.js';
import { jsonSchemaOf } from './json-schema.js';
import { operationObject } from './openapi-operation.js';

type Json = Record<string, unknown>;

const TAGS: Array<{ name: string; description: string }> = [
  { name: 'Authentication', description: 'Registration, tokens (login, refresh, logout) and the profile of the signed-in user.' },
  { name: 'Applications', description: 'Job applications: the paginated list, search, status changes, timeline events and attached files.' },
  { name: 'Companies', description: 'Companies with their application counts, search, autocomplete and statistics.' },
  { name: 'Analytics', description: "Numbers computed over the caller's applications: dashboard, trends, skills, salaries, response times." },
  {
    name: 'Insights',
    description:
      'Follow-ups and honest numbers: what is due, silent applications, the funnel and rates with 95% Wilson intervals, ' +
      'Kaplan–Meier reply times, weekly goals with a forecast, the skills gap, and the private calendar feed.',
  },
  { name: 'Export', description: "The caller's data as streamed CSV files and a PDF report." },
  { name: 'Media', description: 'Stored uploads, served to their owner only.' },
  { name: 'Contacts', description: 'People met during the search, linked to applications, with a log of interactions; search by name, company, role or email.' },
  { name: 'Import', description: 'Applications from a CSV (our own export, other trackers, spreadsheets): a preview of every row, then one all-or-nothing import that skips rows imported before.' },
  { name: 'Account', description: 'The whole account: a lossless zip archive to download, a restore into an empty account, and deletion.' },
  { name: 'Proof of search', description: 'The applications of a period as unemployment offices ask for them (one row per application, weekly totals), as JSON, CSV and PDF.' },
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
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            "The web app's HttpOnly session (set by the tRPC `auth.login`). Accepted only where an operation lists it, " +
            'and only when no Authorization header is sent; requests other than GET must come from this origin (Origin, ' +
            'or Sec-Fetch-Site: same-origin), else 403.',
        },
      },
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
