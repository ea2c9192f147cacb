// RFC 3986 reserves these sub-delims, but encodeURIComponent leaves them alone. Encoding them
// too means no server or proxy can give them a meaning inside the key.
const RFC3986_EXTRA = /[!'()*]/g;

// `.` and `..` cannot be sent as a segment at all: the WHATWG URL parser that fetch uses
// treats `%2E` and `%2E%2E` (any case, any mix with literal dots) as dot segments too, so no
// encoding stops `../2fa` normalisation from walking up a level.
const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * Percent-encodes a screener key as exactly one path segment (RFC 3986 strict).
 *
 * @throws TypeError when the key is empty, not a string, `.` or `..`, or holds a lone UTF-16
 *   surrogate; these are programmer errors, and the message never repeats the key.
 */
export function encodeScreenerKey(screenerKey: string): string {
  if (typeof screenerKey !== 'string' || screenerKey === '') {
    throw new TypeError('screener-2fa-gate: screenerKey must be a non-empty string');
  }
  if (DOT_SEGMENT.test(screenerKey)) {
    throw new TypeError('screener-2fa-gate: screenerKey cannot be "." or ".."');
  }
  let encoded: string;
  try {
    encoded = encodeURIComponent(screenerKey);
  } catch {
    // encodeURIComponent throws URIError on a lone surrogate; keep one error type for callers.
    throw new TypeError('screener-2fa-gate: screenerKey is not well-formed Unicode');
  }
  return encoded.replace(RFC3986_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Builds `<baseUrl>/v2/watch/content/screeners/<screenerKey>/2fa`.
 *
 * Trailing slashes on `baseUrl` are dropped, so `https://host/api/` and `https://host/api`
 * give the same URL. The key is always one percent-encoded segment (see
 * {@link encodeScreenerKey}), so it can change neither the path nor the query.
 *
 * @throws TypeError for an empty `baseUrl`, a `baseUrl` with a query or fragment (the path
 *   would land after them), or a key that {@link encodeScreenerKey} refuses.
 */
export function buildTwoFactorUrl(baseUrl: string, screenerKey: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('screener-2fa-gate: baseUrl must be a non-empty string');
  }
  if (baseUrl.includes('?') || baseUrl.includes('#')) {
    throw new TypeError('screener-2fa-gate: baseUrl cannot contain a query or fragment');
  }
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/v2/watch/content/screeners/${encodeScreenerKey(screenerKey)}/2fa`;
}
