/** The one table that turns error codes into the contract's HTTP status, error body and headers
 * (section 1.4): domain codes from core and the request's own problems alike. Transports derive
 * anything else they need (tRPC's codes) from the status. */
import type { DomainError, DomainErrorCode, TokenProblem } from '@jobtracker/core';
import type { RequestError, RequestErrorCode } from './request-error.js';

export type ContractError = {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
};

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="api"' };

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  invalid: 'Token is invalid or expired',
  wrong_type: 'Token has wrong type',
  blacklisted: 'Token is blacklisted',
};

const unauthorized = (body: Record<string, unknown>): ContractError => ({ status: 401, body, headers: WWW_AUTHENTICATE });
const badRequest = (body: Record<string, unknown>): ContractError => ({ status: 400, body });
const notFound = (error: string): ContractError => ({ status: 404, body: { error } });
const detail = (status: number, text: string): ContractError => ({ status, body: { detail: text } });

type DomainMappers = { [C in DomainErrorCode]: (error: DomainError<C>) => ContractError };

const DOMAIN: DomainMappers = {
  'VALIDATION.FAILED': (e) => badRequest(e.details.fieldErrors),
  'AUTH.NOT_AUTHENTICATED': () => unauthorized({ detail: 'Authentication credentials were not provided.' }),
  'AUTH.BAD_HEADER': () =>
    unauthorized({ detail: 'Authorization header must contain two space-delimited values', code: 'bad_authorization_header' }),
  'AUTH.TOKEN_INVALID': (e) =>
    unauthorized({
      detail: 'Given token not valid for any token type',
      code: 'token_not_valid',
      messages: [{ token_class: 'AccessToken', token_type: 'access', message: TOKEN_MESSAGES[e.details.problem] }],
    }),
  'AUTH.TOKEN_NO_USER': () =>
    unauthorized({ detail: 'Token contained no recognizable user identification', code: 'token_not_valid' }),
  'AUTH.USER_NOT_FOUND': () => unauthorized({ detail: 'User not found', code: 'user_not_found' }),
  'AUTH.USER_INACTIVE': () => unauthorized({ detail: 'User is inactive', code: 'user_inactive' }),
  'AUTH.INVALID_CREDENTIALS': () => unauthorized({ detail: 'No active account found with the given credentials' }),
  'AUTH.THROTTLED': (e) => ({
    ...detail(429, `Request was throttled. Expected available in ${e.details.retryAfterSeconds} seconds.`),
    headers: { 'Retry-After': String(e.details.retryAfterSeconds) },
  }),
  'AUTH.CROSS_SITE': () => detail(403, 'Cross-site request refused.'),
  'REFRESH.REJECTED': (e) => unauthorized({ detail: TOKEN_MESSAGES[e.details.problem], code: 'token_not_valid' }),
  'LOGOUT.REFRESH_REQUIRED': () => badRequest({ error: 'Refresh token is required' }),
  'LOGOUT.REJECTED': (e) => badRequest({ error: TOKEN_MESSAGES[e.details.problem] }),
  'SKILL.EXISTS': () => badRequest({ message: 'Skill already exists' }),
  'SKILL.NOT_FOUND': () => badRequest({ message: 'Skill not found' }),
  'APPLICATION.INVALID_ID': () => badRequest({ error: 'Invalid application ID' }),
  'APPLICATION.NOT_FOUND': () => notFound('Application not found'),
  'ATTACHMENT.INVALID_ID': () => badRequest({ error: 'Invalid ID' }),
  'ATTACHMENT.INVALID_INDEX': () => badRequest({ error: 'Invalid attachment index' }),
  'COMPANY.INVALID_ID': () => badRequest({ error: 'Invalid company ID' }),
  'COMPANY.NOT_FOUND': () => notFound('Company not found'),
  'COMPANY.DUPLICATE': () => badRequest({ error: 'Company with this name already exists' }),
  'SEARCH.TERM_REQUIRED': () => badRequest({ error: 'Search term is required' }),
  'FILE.MISSING': () => badRequest({ error: 'No file provided' }),
  'FILE.INVALID': (e) => badRequest({ errors: e.details.errors }),
  'ANALYTICS.INVALID_PERIOD': () => badRequest({ error: 'Invalid period. Must be day, week, or month.' }),
  'CONTACT.INVALID_ID': () => badRequest({ error: 'Invalid contact ID' }),
  'CONTACT.NOT_FOUND': () => notFound('Contact not found'),
  // The request is fine; the account's state refuses it (restore writes only into an empty one).
  'ACCOUNT.NOT_EMPTY': () => ({ status: 409, body: { error: 'Account is not empty: restore needs an account without applications, companies or contacts' } }),
};

type RequestMappers = { [C in RequestErrorCode]: (error: RequestError<C>) => ContractError };

/** DRF's texts for the request's own problems (contract 1.1 and 1.2). */
const REQUEST: RequestMappers = {
  'REQUEST.NOT_FOUND': () => detail(404, 'Not found.'),
  'REQUEST.METHOD_NOT_ALLOWED': (e) => ({ ...detail(405, `Method "${e.details.method}" not allowed.`), headers: { Allow: e.details.allow } }),
  'REQUEST.TOO_LARGE': () => detail(413, 'Request body is too large.'),
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': (e) => detail(415, `Unsupported media type "${e.details.contentType}" in request.`),
  'REQUEST.MALFORMED_JSON': (e) => detail(400, `JSON parse error - ${e.details.reason}`),
  'REQUEST.MALFORMED_MULTIPART': () => detail(400, 'Multipart form parse error - Invalid boundary in multipart'),
  // Django answers a Host it cannot use with 400 "Bad Request (400)".
  'REQUEST.BAD_HOST': () => detail(400, 'Bad Request (400)'),
};

export function contractErrorOfDomain(error: DomainError): ContractError {
  return (DOMAIN[error.code] as (error: DomainError) => ContractError)(error);
}

export function contractErrorOfRequest(error: RequestError): ContractError {
  return (REQUEST[error.code] as (error: RequestError) => ContractError)(error);
}

/** 500s never carry internal text. */
export const INTERNAL_ERROR: ContractError = detail(500, 'A server error occurred.');
