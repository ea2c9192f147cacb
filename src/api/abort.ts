import { isAbortError } from './errors';

// Internal to the api folder (not re-exported). Plain listeners rather than AbortSignal.any,
// AbortSignal.timeout or signal.throwIfAborted, which old TV browsers lack.

/** Runs `start` and settles with it, or rejects as soon as `signal` aborts. */
export function abortable<T>(
  start: () => T | Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort);
    // `new Promise` turns a synchronous throw from `start` into a rejection.
    new Promise<T>((r) => r(start()))
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/**
 * The caller's abort reason when it is an AbortError; otherwise (no reason in old browsers,
 * or a custom reason) a fresh one, so `isAbortError` always recognises a caller's abort.
 */
export function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (isAbortError(reason)) return reason;
  const message = 'The 2FA request was aborted.';
  if (typeof DOMException === 'function') return new DOMException(message, 'AbortError');
  return Object.assign(new Error(message), { name: 'AbortError' });
}
