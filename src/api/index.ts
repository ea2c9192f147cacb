// The HTTP layer's public surface. Only this folder knows HTTP; everything above it sees
// resolved promises, TwoFactorErrors, and AbortErrors.
export { DEFAULT_REQUEST_TIMEOUT_MS, linkPhone, requestCode } from './client';
export {
  assertNever,
  errorKind,
  INDEE_STATUS,
  type IndeeErrorCode,
  type IndeeStatusCode,
  isAbortError,
  isAuthError,
  isRetryable,
  LOCAL_ERROR_CODES,
  type LocalErrorCode,
  type TwoFactorEndpoint,
  TwoFactorError,
  type TwoFactorErrorCode,
  type TwoFactorErrorInit,
  type TwoFactorErrorKind,
} from './errors';
export { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after';
export type {
  Fetcher,
  PhoneLinkBody,
  RequestOptions,
  TokenGetter,
  TwoFactorAuth,
  TwoFactorClientConfig,
} from './types';
export { buildTwoFactorUrl, encodeScreenerKey } from './url';
