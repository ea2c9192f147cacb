/**
 * Indee status codes as the seed documents them, with their companion HTTP status.
 * The W-code in the body is the source of truth; HTTP status is kept for reporting.
 */
export const INDEE_STATUS = {
  W0000: 200,
  W2000: 401,
  W2003: 401,
  W2101: 403,
  W5001: 429,
  W5000: 500,
} as const;

/** A status code the seed documents. */
export type IndeeStatusCode = keyof typeof INDEE_STATUS;
/** A documented status code that means failure. */
export type IndeeErrorCode = Exclude<IndeeStatusCode, 'W0000'>;

/**
 * Failures that do not come from an Indee status code. `TIMEOUT` covers requests, token
 * getters and the host's code check (`endpoint: 'verify-code'`) alike.
 */
export type LocalErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE' | 'CODE_REJECTED';

/**
 * The `code` of a {@link TwoFactorError}: a documented Indee code, an undocumented `W…`
 * code kept as received, or a local failure.
 */
export type TwoFactorErrorCode = IndeeErrorCode | LocalErrorCode | `W${string}`;

/**
 * What a failure means for the viewer and the host. Every code maps to exactly one kind,
 * and views switch over kinds exhaustively.
 */
export type TwoFactorErrorKind =
  | 'integration' // W2000: the host sent no usable Authorization header
  | 'session-expired' // W2003 after any refresh: the viewer must sign in again
  | 'sign-in-required' // W2101: this screener needs a signed-in viewer
  | 'rate-limited' // W5001
  | 'server' // W5000
  | 'unknown-code' // a W-code the seed does not document
  | 'network'
  | 'timeout'
  | 'bad-response'
  | 'code-rejected';

const KIND_BY_CODE = {
  W2000: 'integration',
  W2003: 'session-expired',
  W2101: 'sign-in-required',
  W5001: 'rate-limited',
  W5000: 'server',
  NETWORK: 'network',
  TIMEOUT: 'timeout',
  BAD_RESPONSE: 'bad-response',
  CODE_REJECTED: 'code-rejected',
} as const satisfies Record<IndeeErrorCode | LocalErrorCode, TwoFactorErrorKind>;

/** Which endpoint a failure came from. */
export type TwoFactorEndpoint = 'link-phone' | 'request-code' | 'verify-code';

export interface TwoFactorErrorInit {
  httpStatus?: number;
  detail?: string;
  retryAfterMs?: number;
  endpoint?: TwoFactorEndpoint;
  cause?: unknown;
}

/**
 * The one error type above the HTTP layer. Its `message` never contains credentials,
 * phone numbers or server text, so it is safe to log.
 */
export class TwoFactorError extends Error {
  override readonly name = 'TwoFactorError';
  /** Indee W-code, or `NETWORK`, `TIMEOUT`, `BAD_RESPONSE`, `CODE_REJECTED`. */
  readonly code: TwoFactorErrorCode;
  /** HTTP status of the answer, when there was one. */
  readonly httpStatus: number | undefined;
  /** The server's `detail` text, for the host's logs. Never render it as HTML. */
  readonly detail: string | undefined;
  /** From `Retry-After` (seconds or HTTP date), when the server sent one. */
  readonly retryAfterMs: number | undefined;
  /** Which call failed. */
  readonly endpoint: TwoFactorEndpoint | undefined;

  constructor(code: TwoFactorErrorCode, init: TwoFactorErrorInit = {}) {
    super(
      `Screener 2FA ${init.endpoint ?? 'request'} failed: ${code}${init.httpStatus ? ` (HTTP ${init.httpStatus})` : ''}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = code;
    this.httpStatus = init.httpStatus;
    this.detail = init.detail;
    this.retryAfterMs = init.retryAfterMs;
    this.endpoint = init.endpoint;
  }

  /** What this failure means; see {@link TwoFactorErrorKind}. */
  get kind(): TwoFactorErrorKind {
    return errorKind(this.code);
  }
}

/** Maps any code to its kind; undocumented `W…` codes are `unknown-code`. */
export function errorKind(code: TwoFactorErrorCode): TwoFactorErrorKind {
  return Object.hasOwn(KIND_BY_CODE, code)
    ? KIND_BY_CODE[code as keyof typeof KIND_BY_CODE]
    : 'unknown-code';
}

/** Failures the host owns (sign-in or integration), reported through `onAuthError`. */
export function isAuthError(error: TwoFactorError): boolean {
  const kind = error.kind;
  return kind === 'integration' || kind === 'session-expired' || kind === 'sign-in-required';
}

/** True for the abort that a caller (an unmount) asked for: not a failure to show. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
