import { isAbortError } from './errors';

// Shared by the client and the flow controller (the host's code check is a wait too). Plain listeners rather than AbortSignal.any, AbortSignal.timeout
// or signal.throwIfAborted, which old TV browsers lack.

/** Runs `start` and settles with it, or rejects as soon as `signal` aborts. */
export function abortable<T>(start: () => T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort);
    // `new Promise` turns a synchronous throw from `start` into a rejection.
    new Promise<T>((r) => r(start()))
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// setTimeout treats anything above 2^31 - 1 as 0 and would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

/** `ms` when it is a usable timer length (capped at setTimeout's limit), else `fallback`. */
export function boundedWait(fallback: number, ms: number | undefined): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return fallback;
  return Math.min(ms, MAX_TIMER_MS);
}

/** Why a {@link Deadline} ended a wait early. */
type Ending = 'caller' | 'timeout' | undefined;

/** One bounded wait: its own signal, aborted by the caller's signal or after `ms`. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Who aborted first, if anyone. */
  ending(): Ending;
  /** Clears the timer and the listener; call it once the wait is over. */
  release(): void;
}

/**
 * Every wait of the client (a token getter, an HTTP exchange) runs under its own deadline, so
 * neither a hanging host callback nor a hanging server can hold the gate past `ms`.
 */
export function startDeadline(callerSignal: AbortSignal | undefined, ms: number): Deadline {
  const controller = new AbortController();
  let ending: Ending;
  const end = (why: Exclude<Ending, undefined>) => {
    ending ??= why;
    controller.abort();
  };
  const onCallerAbort = () => end('caller');
  const timer = setTimeout(() => end('timeout'), ms);
  if (callerSignal?.aborted) end('caller');
  else callerSignal?.addEventListener('abort', onCallerAbort);
  return {
    signal: controller.signal,
    ending: () => ending,
    release() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
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
