/** Domain errors carry a stable code and no transport concerns; apps/api maps each code to a
 * status and the contract's error body. */
export type TokenProblem = 'invalid' | 'wrong_type' | 'blacklisted';

export type FieldErrorMap = { [field: string]: string[] | FieldErrorMap };

export type DomainErrorDetails = {
  'VALIDATION.FAILED': { fieldErrors: FieldErrorMap };
  'AUTH.NOT_AUTHENTICATED': undefined;
  'AUTH.BAD_HEADER': undefined;
  'AUTH.TOKEN_INVALID': { problem: TokenProblem };
  'AUTH.TOKEN_NO_USER': undefined;
  'AUTH.USER_NOT_FOUND': undefined;
  'AUTH.USER_INACTIVE': undefined;
  'AUTH.INVALID_CREDENTIALS': undefined;
  'AUTH.THROTTLED': { retryAfterSeconds: number };
  'AUTH.CROSS_SITE': undefined;
  'REFRESH.REJECTED': { problem: TokenProblem };
  'LOGOUT.REFRESH_REQUIRED': undefined;
  'LOGOUT.REJECTED': { problem: TokenProblem };
  'SKILL.EXISTS': undefined;
  'SKILL.NOT_FOUND': undefined;
  'APPLICATION.INVALID_ID': undefined;
  'APPLICATION.NOT_FOUND': undefined;
  'ATTACHMENT.INVALID_ID': undefined;
  'ATTACHMENT.INVALID_INDEX': undefined;
  'COMPANY.INVALID_ID': undefined;
  'COMPANY.NOT_FOUND': undefined;
  'COMPANY.DUPLICATE': undefined;
  'SEARCH.TERM_REQUIRED': undefined;
  'FILE.MISSING': undefined;
  'FILE.INVALID': { errors: string[] };
  'ANALYTICS.INVALID_PERIOD': undefined;
  'CONTACT.INVALID_ID': undefined;
  'CONTACT.NOT_FOUND': undefined;
  /** Restore refuses an account that already holds applications, companies or contacts. */
  'ACCOUNT.NOT_EMPTY': undefined;
};

export type DomainErrorCode = keyof DomainErrorDetails;

export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  readonly code: C;
  readonly details: DomainErrorDetails[C];

  constructor(code: C, ...details: DomainErrorDetails[C] extends undefined ? [] : [DomainErrorDetails[C]]) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.details = details[0] as DomainErrorDetails[C];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Raises a DRF-style field error map as one validation error. */
export function validationError(fieldErrors: FieldErrorMap): DomainError<'VALIDATION.FAILED'> {
  return new DomainError('VALIDATION.FAILED', { fieldErrors });
}
