import type { Fetcher } from '../../src/api/types';

/** One request as the client handed it to the transport. */
export interface RecordedCall {
  input: string;
  init: RequestInit;
}

/** What the fake answers for one request: a Response, an Error to reject with, or a function. */
export type Step = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

/**
 * A transport that records every call and answers from a script, one step per request.
 * Running out of script is a test bug, so it throws loudly.
 */
export function recordingFetcher(...script: Step[]): { fetcher: Fetcher; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetcher: Fetcher = async (input, init) => {
    const call = { input, init };
    calls.push(call);
    const step = script.shift();
    if (step === undefined) throw new Error(`unscripted request #${calls.length}`);
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(call);
    return step;
  };
  return { fetcher, calls };
}

/** An Indee-style JSON answer. */
export function indee(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A raw answer with any body text. */
export function raw(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers });
}

export const ok = () => indee(200, { status_code: 'W0000', detail: 'Success' });

/** A step that never answers on its own but rejects like fetch when its signal aborts. */
export const hangUntilAborted: Step = (call) =>
  new Promise<Response>((_, reject) => {
    const signal = call.init.signal;
    if (!signal) return;
    signal.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });

/** A step that ignores its signal and never settles. */
export const hangForever: Step = () => new Promise<Response>(() => {});

/** A 200 whose headers arrive but whose body never finishes. */
export const bodyNeverEnds: Step = () =>
  new Response(new ReadableStream<Uint8Array>({ start() {} }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

/** Captures a promise's rejection (failing the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Tracks whether a promise has settled, without awaiting it (for fake-timer tests). */
export function track(promise: Promise<unknown>): { settled: boolean; error: unknown } {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => {
      state.settled = true;
    },
    (error) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}
