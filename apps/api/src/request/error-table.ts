/** The one table that turns domain error codes into HTTP statuses, tRPC codes and the
 * contract's error bodies (section 1.4). */
import type { DomainError, DomainErrorCode, TokenProblem } from '@jobtracker/core';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export type ContractError = {
  status: number;
  trpcCode: TRPC_ERROR_CODE_KEY;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
};

export const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="api"' };

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  invalid: 'Token is invalid or expired',
  wrong_type: 'Token has wrong type',
  blacklisted: 'Token is blacklisted',
};

const unauthorized = (body: Record<string, unknown>): ContractError => ({
  status: 401,
  trpcCode: 'UNAUTHORIZED',
  body,
  headers: WWW_AUTHENTICATE,
});
const badRequest = (body: Record<string, unknown>): ContractError => ({ status: 400, trpcCode: 'BAD_REQUEST', body });
const notFound = (error: string): ContractError => ({ status: 404, trpcCode: 'NOT_FOUND', body: { error } });

type Mappers = { [C in DomainErrorCode]: (error: DomainError<C>) => ContractError };

const MAPPERS: Mappers = {
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
    status: 429,
    trpcCode: 'TOO_MANY_REQUESTS',
    body: { detail: `Request was throttled. Expected available in ${e.details.retryAfterSeconds} seconds.` },
    headers: { 'Retry-After': String(e.details.retryAfterSeconds) },
  }),
  'AUTH.CROSS_SITE': () => ({
    status: 403,
    trpcCode: 'FORBIDDEN',
    body: { detail: 'Cross-site request refused.' },
  }),
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
};

export function contractErrorOf(error: DomainError): ContractError {
  const mapper = MAPPERS[error.code] as (error: DomainError) => ContractError;
  return mapper(error);
}

/** 500s never carry internal text. */
export const INTERNAL_ERROR: ContractError = {
  status: 500,
  trpcCode: 'INTERNAL_SERVER_ERROR',
  body: { detail: 'A server error occurred.' },
};
