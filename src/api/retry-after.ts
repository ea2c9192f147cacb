/** The longest wait a `Retry-After` can impose: one hour, so a broken proxy cannot lock a viewer out for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

// delta-seconds is `1*DIGIT` (RFC 9110 §10.2.3): no sign, no fraction, no exponent.
const DELTA_SECONDS = /^\d+$/;
// Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name. Requiring it
// keeps `Date.parse`'s leniency out: V8 reads '-5', '1.5' or ' 5 ' as dates in 2001.
const HTTP_DATE_START = /^[A-Za-z]{3,9},?\s/;

/**
 * Reads a `Retry-After` header value as a wait in milliseconds.
 *
 * @param value - the raw header value, or `null` when the header is absent
 * @param now - the current time in epoch milliseconds (injected so callers and tests agree)
 * @returns `undefined` when absent or unparseable; `0` for a date in the past; otherwise the
 *   wait, capped at {@link MAX_RETRY_AFTER_MS}
 *
 * @example
 * parseRetryAfter('120', Date.now()); // 120000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.now()); // 0 (in the past)
 * parseRetryAfter('soon', Date.now()); // undefined
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;

  if (DELTA_SECONDS.test(trimmed)) {
    // A very long digit string becomes Infinity here; the cap absorbs it.
    return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  }

  if (!HTTP_DATE_START.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at) || !Number.isFinite(now)) return undefined;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}
