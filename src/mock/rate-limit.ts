/** The outcome of {@link RateLimiter.take}: allowed, or refused with the wait in ms. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A sliding-window limiter: at most `max` accepted requests per bucket within any
 * `windowMs`. Refused requests are not counted, so hammering does not extend the wait.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request in `bucket` at time `now`, unless the bucket is full. */
  take(bucket: string, now: number): RateDecision {
    const since = now - this.windowMs;
    const recent = (this.hits.get(bucket) ?? []).filter((at) => at > since);
    if (recent.length >= this.max) {
      this.hits.set(bucket, recent);
      // The oldest hit in the window leaves it first and frees a slot.
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterMs: Math.max(0, oldest + this.windowMs - now) };
    }
    recent.push(now);
    this.hits.set(bucket, recent);
    return { ok: true };
  }

  clear(): void {
    this.hits.clear();
  }
}
