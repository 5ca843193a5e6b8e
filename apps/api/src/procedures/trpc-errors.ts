/** tRPC's side of the error table: its error codes derived from the contract status, and the
 * contract error of a TRPCError (its cause through the table; tRPC's own errors, such as an
 * unknown procedure, keep their status and text). */
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { contractErrorFromUnknown, knownContractError } from '../request/contract-error.js';
import { INTERNAL_ERROR, type ContractError } from '../request/error-table.js';

const CODES: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

export function trpcCodeOf(status: number): TRPC_ERROR_CODE_KEY {
  return CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

export function contractErrorOfTrpc(error: TRPCError): ContractError {
  const known = knownContractError(error.cause);
  if (known) return known;
  if (error.code !== 'INTERNAL_SERVER_ERROR') return { status: getHTTPStatusCodeFromError(error), body: { detail: error.message } };
  return INTERNAL_ERROR;
}

/** Any error, tRPC's included (the REST routes call procedures through a caller). */
export function contractErrorOfAny(error: unknown): ContractError {
  return error instanceof TRPCError ? contractErrorOfTrpc(error) : contractErrorFromUnknown(error);
}
