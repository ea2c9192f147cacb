/**
 * What `fetch` rejects with when its signal aborts: the signal's reason (an `AbortError`
 * `DOMException` for a plain `abort()`, a `TimeoutError` for `AbortSignal.timeout`).
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Waits `ms` (forever when `Infinity`), rejecting as soon as `signal` aborts. A zero wait
 * still yields once, so answers are always asynchronous like a real network.
 */
export function abortableDelay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      if (timer !== undefined) clearTimeout(timer);
      // biome-ignore lint/style/noNonNullAssertion: onAbort is only registered on a signal
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (ms === Number.POSITIVE_INFINITY) return; // 'hang': only the signal settles it
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    if (ms <= 0) queueMicrotask(done);
    else timer = setTimeout(done, ms);
  });
}
