/** Problems with a request itself rather than with what it asks for: no such route, a method the
 * route does not take, a body too large, of the wrong type or malformed, a Host that makes no URL. Transports throw these;
 * the error table turns them into the contract's statuses and texts, so each text exists once. */
export type RequestErrorDetails = {
  'REQUEST.NOT_FOUND': undefined;
  'REQUEST.METHOD_NOT_ALLOWED': { method: string; allow: string };
  'REQUEST.TOO_LARGE': undefined;
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { contentType: string };
  'REQUEST.MALFORMED_JSON': { reason: string };
  'REQUEST.MALFORMED_MULTIPART': undefined;
  'REQUEST.BAD_HOST': undefined;
};

export type RequestErrorCode = keyof RequestErrorDetails;

export class RequestError<C extends RequestErrorCode = RequestErrorCode> extends Error {
  readonly code: C;
  readonly details: RequestErrorDetails[C];

  constructor(code: C, ...details: RequestErrorDetails[C] extends undefined ? [] : [RequestErrorDetails[C]]) {
    super(code);
    this.name = 'RequestError';
    this.code = code;
    this.details = details[0] as RequestErrorDetails[C];
  }
}

export function isRequestError(error: unknown): error is RequestError {
  return error instanceof RequestError;
}
