import {
  type QueryClient,
  QueryClient as QueryClientClass,
  QueryClientContext,
  useMutation,
} from '@tanstack/react-query';
import {
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { linkPhone, requestCode } from '../api/client';
import { isAbortError, isAuthError, TwoFactorError } from '../api/errors';
import type { Fetcher, TwoFactorAuth, TwoFactorClientConfig } from '../api/types';
import {
  type FlowState,
  type FlowStep,
  initialFlowState,
  isBusy,
  isHalted,
  type PhoneDraft,
} from '../flow/machine';
import { createFlowStore } from '../flow/store';
import type { PhoneCheck } from '../phone/confirm';
import { loadPhoneRuntime } from '../phone/load-runtime';
import { useLatest } from './use-latest';

/** Options of {@link useScreenerTwoFactor}; the component's props are a superset. */
export interface UseScreenerTwoFactorOptions {
  /** The screener; sent as one percent-encoded path segment. */
  screenerKey: string;
  /** API base URL, with or without a trailing slash. */
  baseUrl: string;
  /** `Authorization: JWT <token>` or `Authorization: Bearer <apiKey>`. */
  auth: TwoFactorAuth;
  /** @defaultValue `globalThis.fetch` */
  fetcher?: Fetcher;
  /** The viewer's phone is already linked: start at "send code". @defaultValue `false` */
  phoneRegistered?: boolean;
  /** A request with no answer by then is aborted and reported as `TIMEOUT`. @defaultValue `15000` */
  requestTimeoutMs?: number;
  /** The host checks the code; a rejection means "wrong or expired code". */
  onCodeSubmit: (code: string) => void | Promise<void>;
  /** Called once after `onCodeSubmit` resolves. */
  onVerified?: (code: string) => void;
  /** W2000, W2101, and W2003 once a refresh did not help: the host owns sign-in. */
  onAuthError?: (error: TwoFactorError) => void;
  /** Every failure, for logging and analytics. */
  onError?: (error: TwoFactorError) => void;
  /** @defaultValue the nearest `QueryClientProvider`'s client, else a private one */
  queryClient?: QueryClient;
}

/** What {@link useScreenerTwoFactor} returns: the state, derived flags and the actions. */
export interface ScreenerTwoFactor {
  /** The flow state; switch over `state.step`. */
  state: FlowState;
  step: FlowStep;
  /** The last failure of the current step, or `null`. */
  error: TwoFactorError | null;
  /** A request or the host's code check is under way. */
  isBusy: boolean;
  /** The last failure needs the host (sign-in, integration): sending stays off. */
  isHalted: boolean;
  /** Epoch ms until which sending is rate limited, or `null`. */
  retryAt: number | null;
  /** Where the code went, masked (`•• 56`), when the gate knows the number. */
  phoneHint: string | null;
  /** The viewer's last phone entry, for refilling the phone form. */
  draft: PhoneDraft | null;
  /** Epoch ms of the last code sent, for the resend cooldown. */
  codeSentAt: number | null;
  /**
   * Validates (loading the numbering rules on first use) and, when valid and allowed, links
   * the number then asks for a code. Resolves with the refusal for invalid input; nothing is
   * sent then. Never rejects.
   */
  submitPhone: (input: PhoneDraft) => Promise<PhoneCheck>;
  /** Asks for a (new) code. Ignored while busy, halted or rate limited. */
  requestCode: () => void;
  /** Hands the code to `onCodeSubmit`. Ignored unless a code step is idle. */
  submitCode: (code: string) => void;
  /** Back to the phone step, keeping the previous entry. */
  changeNumber: () => void;
}

/**
 * The headless gate: the flow machine wired to two react-query mutations over the injected
 * fetcher. Sends nothing on mount; each action sends at most one request.
 */
export function useScreenerTwoFactor(options: UseScreenerTwoFactorOptions): ScreenerTwoFactor {
  const latest = useLatest(options);
  const contextClient = useContext(QueryClientContext);
  const [privateClient] = useState(() =>
    options.queryClient || contextClient ? null : new QueryClientClass(),
  );
  const client = (options.queryClient ?? contextClient ?? privateClient) as QueryClient;

  const [store] = useState(() =>
    createFlowStore(initialFlowState(options.phoneRegistered === true)),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  // Each viewer action gets its own controller: unmount aborts it (StrictMode's rehearsal
  // included), and so does "use a different number", so no late answer lands elsewhere.
  const flight = useRef<AbortController | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      flight.current?.abort();
    };
  }, []);
  const startFlight = useCallback((): AbortSignal | null => {
    if (!mounted.current) return null;
    const controller = new AbortController();
    flight.current = controller;
    return controller.signal;
  }, []);

  // A changed `auth` (the host signed the viewer in again) lifts a halting auth failure.
  // Compared by value: a host re-rendering with an equal inline object changed nothing.
  const authKey = credentialIdentity(options.auth);
  const authRef = useRef(authKey);
  useEffect(() => {
    if (authRef.current === authKey) return;
    authRef.current = authKey;
    store.dispatch({ type: 'AUTH_CHANGED' });
  }, [authKey, store]);

  const config = (): TwoFactorClientConfig => {
    const o = latest.current;
    return {
      baseUrl: o.baseUrl,
      screenerKey: o.screenerKey,
      auth: o.auth,
      fetcher: o.fetcher,
      requestTimeoutMs: o.requestTimeoutMs,
    };
  };
  const mutationDefaults = { networkMode: 'always', retry: false, gcTime: 0 } as const;
  const link = useMutation(
    {
      ...mutationDefaults,
      mutationKey: ['screener-2fa', 'link-phone'],
      mutationFn: (vars: { phone: number; countryCode: number; signal: AbortSignal }) =>
        linkPhone(
          config(),
          { phone: vars.phone, country_code: vars.countryCode },
          { signal: vars.signal },
        ),
    },
    client,
  );
  const request = useMutation(
    {
      ...mutationDefaults,
      mutationKey: ['screener-2fa', 'request-code'],
      mutationFn: (vars: { signal: AbortSignal }) => requestCode(config(), { signal: vars.signal }),
    },
    client,
  );

  const fail = useCallback(
    (cause: unknown, signal: AbortSignal | undefined) => {
      if (signal?.aborted || isAbortError(cause)) return;
      const error =
        cause instanceof TwoFactorError ? cause : new TwoFactorError('BAD_RESPONSE', { cause });
      store.dispatch({ type: 'REQUEST_FAILED', error, at: Date.now() });
      latest.current.onError?.(error);
      if (isAuthError(error)) latest.current.onAuthError?.(error);
    },
    [latest, store],
  );

  const sendCodeRequest = useCallback(
    (signal: AbortSignal) => {
      request.mutateAsync({ signal }).then(
        () => {
          if (!signal.aborted) store.dispatch({ type: 'CODE_SENT', at: Date.now() });
        },
        (cause) => fail(cause, signal),
      );
    },
    [request.mutateAsync, store, fail],
  );

  const submitPhone = useCallback(
    async (input: PhoneDraft): Promise<PhoneCheck> => {
      // libphonenumber-js arrives with the phone runtime chunk, never with the gate itself.
      const check: PhoneCheck = await loadPhoneRuntime().then(
        (runtime) => runtime.confirmPhone(input),
        () => ({ ok: false, reason: 'UNAVAILABLE' }),
      );
      if (!check.ok || !mounted.current) return check;
      const accepted = store.dispatch({
        type: 'PHONE_SUBMITTED',
        phone: check.phone,
        draft: input,
        at: Date.now(),
      });
      const signal = accepted ? startFlight() : null;
      if (!signal) return check;
      link
        .mutateAsync({ phone: check.phone.phone, countryCode: check.phone.countryCode, signal })
        .then(
          () => {
            if (signal.aborted) return;
            if (store.dispatch({ type: 'LINK_SUCCEEDED' })) sendCodeRequest(signal);
          },
          (cause) => fail(cause, signal),
        );
      return check;
    },
    [link.mutateAsync, store, fail, sendCodeRequest, startFlight],
  );

  const requestNewCode = useCallback(() => {
    if (!mounted.current || !store.dispatch({ type: 'CODE_REQUESTED', at: Date.now() })) return;
    const signal = startFlight();
    if (signal) sendCodeRequest(signal);
  }, [store, sendCodeRequest, startFlight]);

  const submitCode = useCallback(
    (code: string) => {
      if (!mounted.current || !store.dispatch({ type: 'CODE_SUBMITTED', code })) return;
      const signal = startFlight();
      if (!signal) return;
      // `onCodeSubmit` may throw synchronously; a promise chain turns that into a rejection.
      Promise.resolve()
        .then(() => latest.current.onCodeSubmit(code))
        .then(
          () => {
            if (signal.aborted) return;
            if (store.dispatch({ type: 'CODE_ACCEPTED', code })) latest.current.onVerified?.(code);
          },
          (cause: unknown) => {
            if (signal.aborted) return;
            const error = new TwoFactorError('CODE_REJECTED', { endpoint: 'verify-code', cause });
            if (store.dispatch({ type: 'CODE_REJECTED', error })) latest.current.onError?.(error);
          },
        );
    },
    [latest, store, startFlight],
  );

  const changeNumber = useCallback(() => {
    if (store.dispatch({ type: 'CHANGE_NUMBER' })) flight.current?.abort();
  }, [store]);

  return useMemo(() => {
    const live = state.step !== 'verified' ? state : null;
    return {
      state,
      step: state.step,
      error: live?.error ?? null,
      isBusy: isBusy(state),
      isHalted: isHalted(state),
      retryAt: live?.retryAt ?? null,
      phoneHint: (live?.step === 'phone' ? live.pending?.hint : live?.phone?.hint) ?? null,
      draft: live?.draft ?? null,
      codeSentAt: live?.step === 'code' ? live.codeSentAt : null,
      submitPhone,
      requestCode: requestNewCode,
      submitCode,
      changeNumber,
    };
  }, [state, submitPhone, requestNewCode, submitCode, changeNumber]);
}

/**
 * What identifies a credential for "did the host change `auth`": the scheme and the token
 * or key. A token getter counts by identity, so pass a stable one (`useCallback`) to keep a
 * sign-in failure on screen across re-renders.
 */
function credentialIdentity(auth: TwoFactorAuth): unknown {
  if (auth.type === 'apiKey') return `apiKey:${auth.apiKey}`;
  return typeof auth.token === 'string' ? `jwt:${auth.token}` : auth.token;
}
