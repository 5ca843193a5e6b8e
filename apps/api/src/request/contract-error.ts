/** Maps anything thrown while serving a request to the contract's status and body: domain
 * errors and the request's own problems through the error table, schema validation issues to
 * DRF's field map, and everything else to a 500 without internal text. */
import { toFieldErrors, type IssueLike } from '@jobtracker/contracts';
import { isDomainError } from '@jobtracker/core';
import { contractErrorOfDomain, contractErrorOfRequest, INTERNAL_ERROR, type ContractError } from './error-table.js';
import { isRequestError } from './request-error.js';

/** A failed Standard Schema validation (valibot's ValiError, tRPC's input errors) carries its
 * issues; that shape, not a class, is what identifies it. */
function schemaIssuesOf(error: unknown): ReadonlyArray<IssueLike> | undefined {
  if (!(error instanceof Error)) return undefined;
  const issues = (error as { issues?: unknown }).issues;
  if (!Array.isArray(issues) || !issues.every((issue) => typeof (issue as IssueLike | null)?.message === 'string')) return undefined;
  return issues as IssueLike[];
}

/** The contract error for errors this layer knows; undefined for anything else. */
export function knownContractError(error: unknown): ContractError | undefined {
  if (isDomainError(error)) return contractErrorOfDomain(error);
  if (isRequestError(error)) return contractErrorOfRequest(error);
  const issues = schemaIssuesOf(error);
  return issues ? { status: 400, body: toFieldErrors(issues) } : undefined;
}

export function contractErrorFromUnknown(error: unknown): ContractError {
  return knownContractError(error) ?? INTERNAL_ERROR;
}
