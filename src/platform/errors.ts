/**
 * Typed domain errors. Domain code throws these; the one HTTP error handler maps each code to a status.
 * Every message exists in Chinese and English and, where one field is at fault, names it.
 */
export const errorStatus = {
  VALIDATION: 400, // input breaks a rule; `field` names where
  UNAUTHENTICATED: 401, // no valid session
  INVALID_CREDENTIALS: 401, // username or password wrong
  CSRF_REJECTED: 403, // state change without the session's CSRF token or from another origin
  FORBIDDEN: 403, // the actor's role or scope does not allow this
  NOT_FOUND: 404, // no such record, or not visible to the actor
  CONFLICT: 409, // clashes with existing data (duplicate username, identifier …)
  STALE_VERSION: 409, // someone else saved first; reload and retry
  ILLEGAL_TRANSITION: 409, // the workflow does not allow this action in this state
  PAYLOAD_TOO_LARGE: 413, // the request body is over the limit
  URI_TOO_LONG: 414, // the address is over the limit
  UNSUPPORTED_MEDIA_TYPE: 415, // a body of a content type the route does not read
  RATE_LIMITED: 429, // too many requests
  HEADERS_TOO_LARGE: 431, // the request's headers are over the limit
  UNAVAILABLE: 503, // a dependency (the database, an outside service) is not reachable now; retry
  STARTING: 503, // the server is still preparing its database at start; retry shortly
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorBody {
  code: ErrorCode | 'NOT_FOUND' | 'INTERNAL';
  message: string;
  message_en: string;
  field?: string;
  details?: unknown;
  /** The values the message was built from, so a client may word it itself (e.g. the allowed actions). */
  params?: Record<string, unknown>;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly field?: string,
    readonly details?: unknown,
    readonly params?: Record<string, unknown>,
  ) {
    super(messageEn);
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.messageZh,
      message_en: this.messageEn,
      ...(this.field ? { field: this.field } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}

export const invalid = (field: string, zh: string, en: string) =>
  new DomainError('VALIDATION', zh, en, field);
export const notFound = (what: string, whatEn: string) =>
  new DomainError('NOT_FOUND', `${what}不存在或无权查看`, `${whatEn} not found or not visible to you`);
export const forbidden = () =>
  new DomainError(
    'FORBIDDEN',
    '您的角色或管辖范围不允许此操作',
    'Your role or scope does not allow this action',
  );
export const staleVersion = () =>
  new DomainError(
    'STALE_VERSION',
    '数据已被他人修改，请刷新后重试',
    'Someone else saved this record first; reload it and try again',
    'version',
  );
