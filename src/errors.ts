/**
 * One error type for the whole application. Every code is documented in docs/errors.md (a test
 * keeps both in sync) and maps to one HTTP status.
 */
export const ERROR_CODES = {
  INVALID_PARAMETER: 400,
  INVALID_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFIG_INVALID: 500,
  DATA_MISSING: 500,
  FEED_UNREADABLE: 422,
  FEED_MALFORMED: 422,
  FEED_HOSTILE: 422,
  FEED_TOO_LARGE: 413,
  FEED_ENCODING: 422,
  MAPPING_INVALID: 400,
  PARTNER_UNKNOWN: 404,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** The message of any thrown value, for logs and CLI output. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
