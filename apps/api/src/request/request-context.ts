/** The request context every transport builds the same way (tRPC procedures, the generated REST
 * routes, the file routes): the dependencies, `now` from the one clock, what the transport said
 * about the request, and the caller, authenticated once on first use. */
import type { Principal } from '@jobtracker/core';
import type { AppDeps } from '../config/app-deps.js';
import { authenticate } from './authenticate.js';
import type { RequestInfo } from './request-info.js';

export type RequestContext = {
  deps: AppDeps;
  now: Date;
  request: RequestInfo;
  /** The authenticated caller; memoised, throws the contract's 401 errors. */
  principal: () => Promise<Principal>;
};

export function createRequestContext(deps: AppDeps, request: RequestInfo): RequestContext {
  const now = deps.clock();
  let principal: Promise<Principal> | undefined;
  return {
    deps,
    now,
    request,
    principal: () => (principal ??= authenticate(deps.auth, request, now)),
  };
}
