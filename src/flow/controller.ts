import { MutationObserver, type QueryClient } from '@tanstack/query-core';
import { abortable, boundedWait, startDeadline } from '../api/abort';
import { linkPhone, requestCode } from '../api/client';
import { isAbortError, isAuthError, TwoFactorError } from '../api/errors';
import type { TwoFactorClientConfig } from '../api/types';
import type { PhoneCheck } from '../phone/confirm';
import { loadPhoneRuntime } from '../phone/load-runtime';
import type { TwoFactorController, TwoFactorControllerConfig } from './controller-types';
import { authFault, credentialIdentity } from './identity';
import { initialFlowState } from './machine';
import { deriveSnapshot, nextTickIn } from './snapshot';
import { createFlowStore } from './store';

const DEFAULT_CODE_CHECK_TIMEOUT_MS = 30_000;
const DEFAULT_RESEND_COOLDOWN_SECONDS = 30;
const MUTATION_DEFAULTS = { networkMode: 'always', retry: false, gcTime: 0 } as const;

interface Flight {
  signal: AbortSignal;
}

/**
 * Creates the controller for one gate identity. It owns the flow store, one abortable
 * flight at a time, and two `MutationObserver`s on the host's client: the mutations are
 * the engine, the store is the one source of truth the view reads.
 */
export function createTwoFactorController(initial: TwoFactorControllerConfig): TwoFactorController {
  let config = initial;
  const fault = authFault(initial.auth);
  const store = createFlowStore(initialFlowState(initial.phoneRegistered === true, fault));
  const listeners = new Set<() => void>();
  let mounted = false;
  let faultReported = false;
  let flight: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let credential = credentialIdentity(initial.auth);

  const cooldownMs = () => {
    const seconds = config.resendCooldownSeconds;
    const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0;
    return (valid ? seconds : DEFAULT_RESEND_COOLDOWN_SECONDS) * 1000;
  };
  let snapshot = deriveSnapshot(store.getState(), Date.now(), cooldownMs(), undefined);

  const refresh = () => {
    const now = Date.now();
    const next = deriveSnapshot(store.getState(), now, cooldownMs(), snapshot);
    clearTimeout(timer);
    timer = undefined;
    // Timers only once mounted: a server render never schedules one.
    const wait = mounted ? nextTickIn(next, now, cooldownMs()) : undefined;
    if (wait !== undefined) timer = setTimeout(refresh, wait);
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };
  store.subscribe(refresh);

  const clientConfig = (): TwoFactorClientConfig => ({
    baseUrl: config.baseUrl,
    screenerKey: config.screenerKey,
    auth: config.auth,
    fetcher: config.fetcher,
    requestTimeoutMs: config.requestTimeoutMs,
  });

  // The phone is read from the store, not passed as mutation variables: the host's cache
  // (and any persister on it) never holds the viewer's number.
  let observers:
    | {
        client: QueryClient;
        link: MutationObserver<void, unknown, Flight>;
        request: MutationObserver<void, unknown, Flight>;
      }
    | undefined;
  const observersFor = (client: QueryClient) => {
    if (observers?.client === client) return observers;
    observers = {
      client,
      link: new MutationObserver(client, {
        ...MUTATION_DEFAULTS,
        mutationKey: ['screener-2fa', 'link-phone'],
        mutationFn: ({ signal }: Flight) => {
          const state = store.getState();
          if (state.step !== 'phone' || !state.pending) throw new TwoFactorError('BAD_RESPONSE');
          const { phone, countryCode } = state.pending;
          return linkPhone(clientConfig(), { phone, country_code: countryCode }, { signal });
        },
      }),
      request: new MutationObserver(client, {
        ...MUTATION_DEFAULTS,
        mutationKey: ['screener-2fa', 'request-code'],
        mutationFn: ({ signal }: Flight) => requestCode(clientConfig(), { signal }),
      }),
    };
    return observers;
  };

  /** One flight at a time: starting one aborts the last, so no late answer lands. */
  const startFlight = (): AbortSignal => {
    flight?.abort();
    flight = new AbortController();
    return flight.signal;
  };

  const fail = (cause: unknown, signal: AbortSignal) => {
    if (signal.aborted || isAbortError(cause)) return;
    const error =
      cause instanceof TwoFactorError ? cause : new TwoFactorError('BAD_RESPONSE', { cause });
    store.dispatch({ type: 'REQUEST_FAILED', error, at: Date.now() });
    report(error);
  };
  const report = (error: TwoFactorError) => {
    config.onError?.(error);
    if (isAuthError(error)) config.onAuthError?.(error);
  };

  const sendCodeRequest = (signal: AbortSignal) => {
    observersFor(config.queryClient)
      .request.mutate({ signal })
      .then(
        () => {
          if (!signal.aborted) store.dispatch({ type: 'CODE_SENT', at: Date.now() });
        },
        (cause: unknown) => fail(cause, signal),
      );
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    mount() {
      mounted = true;
      refresh();
      if (fault && !faultReported) {
        faultReported = true;
        report(fault);
      }
      return () => {
        mounted = false;
        flight?.abort();
        flight = null;
        clearTimeout(timer);
        observers?.link.reset();
        observers?.request.reset();
      };
    },
    update(next) {
      config = next;
      const nextCredential = credentialIdentity(next.auth);
      // Compared by value: a host re-rendering with an equal inline object changed nothing.
      if (nextCredential !== credential) {
        credential = nextCredential;
        store.dispatch({ type: 'AUTH_CHANGED' });
      }
      refresh();
    },
    async submitPhone(draft) {
      // libphonenumber-js arrives with the phone runtime chunk, never with the gate itself.
      const check: PhoneCheck = await loadPhoneRuntime().then(
        (runtime) => runtime.confirmPhone(draft),
        () => ({ ok: false, reason: 'UNAVAILABLE' }),
      );
      if (!check.ok || !mounted) return check;
      if (!store.dispatch({ type: 'PHONE_SUBMITTED', phone: check.phone, at: Date.now() })) {
        return check;
      }
      const signal = startFlight();
      observersFor(config.queryClient)
        .link.mutate({ signal })
        .then(
          () => {
            if (!signal.aborted && store.dispatch({ type: 'LINK_SUCCEEDED' })) {
              sendCodeRequest(signal);
            }
          },
          (cause: unknown) => fail(cause, signal),
        );
      return check;
    },
    requestCode() {
      if (!mounted || !snapshot.canSend) return;
      if (!store.dispatch({ type: 'CODE_REQUESTED', at: Date.now() })) return;
      sendCodeRequest(startFlight());
    },
    submitCode(code) {
      if (!mounted || !store.dispatch({ type: 'CODE_SUBMITTED', code })) return;
      const signal = startFlight();
      const deadline = startDeadline(
        signal,
        boundedWait(DEFAULT_CODE_CHECK_TIMEOUT_MS, config.codeCheckTimeoutMs),
      );
      const onCodeSubmit = config.onCodeSubmit;
      abortable(() => onCodeSubmit(code, { signal: deadline.signal }), deadline.signal)
        .then(
          () => {
            if (!signal.aborted && store.dispatch({ type: 'CODE_ACCEPTED', code })) {
              config.onVerified?.(code);
            }
          },
          (cause: unknown) => {
            if (signal.aborted) return;
            const error =
              deadline.ending() === 'timeout'
                ? new TwoFactorError('TIMEOUT', { endpoint: 'verify-code' })
                : new TwoFactorError('CODE_REJECTED', { endpoint: 'verify-code', cause });
            if (store.dispatch({ type: 'CODE_FAILED', error })) config.onError?.(error);
          },
        )
        .finally(() => deadline.release());
    },
    changeNumber() {
      if (store.dispatch({ type: 'CHANGE_NUMBER' })) {
        flight?.abort();
        flight = null;
      }
    },
  };
}
