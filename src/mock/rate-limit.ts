import { WINDOW_MS } from './scenarios';

const MAX_REQUESTS = 5;

/**
 * A sliding-window limiter: at most 5 accepted requests per bucket within any minute.
 * Refused requests are not counted, so hammering does not extend the wait.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Counts one request in `bucket` at time `now`; refused, the ms until a slot frees. */
  take(bucket: string, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const recent = (this.hits.get(bucket) ?? []).filter((at) => at > now - WINDOW_MS);
    this.hits.set(bucket, recent);
    if (recent.length >= MAX_REQUESTS) {
      // The oldest hit in the window leaves it first and frees a slot.
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterMs: Math.max(0, oldest + WINDOW_MS - now) };
    }
    recent.push(now);
    return { ok: true };
  }
}
