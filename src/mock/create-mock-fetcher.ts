import { maskPhone, normalizeCode } from './codes';
import { abortableDelay, abortReason } from './delay';
import {
  checkLinkBody,
  htmlResponse,
  indeeResponse,
  parseAuthorization,
  type Route,
  readBody,
  readHeaders,
  retryAfterHeader,
  route,
} from './http';
import { RateLimiter } from './rate-limit';
import { DETAILS, ScenarioStore, scenarioEffect, scenarioResponse } from './scenarios';
import { initialState } from './state';
import type {
  MockAuthMode,
  MockIndeeFetcher,
  MockIndeeOptions,
  MockLinkedPhone,
  MockScreenerConfig,
  MockSms,
  MockSmsListener,
} from './types';

/**
 * Creates an in-memory Indee that speaks the screener 2FA contract, for Storybook, demos
 * and tests. It never touches the network.
 *
 * - Routes `POST` (link a phone) and `GET` (send a code) on
 *   `{base}/v2/watch/content/screeners/{key}/2fa`, the key being one percent-encoded
 *   segment. Other paths answer 404 with an HTML page; other methods 405 with
 *   `{"status_code":"W5000"}` and `Allow: GET, POST`.
 * - Auth: unparseable header W2000; unknown token or key W2003; a valid API key on a `jwt`
 *   screener W2101; a valid JWT is accepted on every screener.
 * - Then the rate limit (per screener and endpoint) answers W5001 with `Retry-After`.
 * - A bad link body, or a code request for a screener with no linked phone, answers HTTP
 *   400 with W5000 (the seed documents no 400 code) and a `detail` saying why.
 * - Every answer waits `latencyMs`; `init.signal` is honoured throughout and rejects the
 *   way `fetch` does. State changes happen when the answer is produced, so an aborted
 *   request changes nothing.
 *
 * @example
 * ```tsx
 * const fetcher = createMockIndeeFetcher({ latencyMs: 400 });
 * fetcher.subscribe((sms) => showPreview(sms.code));
 * <ScreenerTwoFactorGate fetcher={fetcher} auth={{ type: 'apiKey', apiKey: 'demo-api-key' }} … />
 * ```
 */
export function createMockIndeeFetcher(options: MockIndeeOptions = {}): MockIndeeFetcher {
  // Read through the global at call time, so fake timers that replace Date.now apply.
  const now = options.now ?? (() => Date.now());
  const defaultAuth: MockAuthMode = options.defaultAuth ?? 'apiKey';
  const codeLength = options.codeLength ?? 6;
  const codeTtlMs = options.codeTtlMs ?? 5 * 60_000;
  const retryAfterFormat = options.retryAfterFormat ?? 'seconds';
  const requireJson = options.requireJsonContentType ?? true;
  const windowMs = options.rateLimit === false ? 60_000 : (options.rateLimit?.windowMs ?? 60_000);
  const limiter =
    options.rateLimit === false
      ? undefined
      : new RateLimiter(options.rateLimit?.max ?? 5, windowMs);
  if (!Number.isInteger(codeLength) || codeLength < 1) {
    throw new RangeError('codeLength must be a positive integer');
  }

  const scenarios = new ScenarioStore();
  // Subscribers outlive reset(): a story subscribes once and resets between demos.
  const listeners = new Set<MockSmsListener>();
  let issued = 0;

  let state = initialState(options, codeLength);
  scenarios.set(options.scenario ?? null, options.scenarioEndpoint);

  const indeeError = (code: keyof typeof DETAILS, httpStatus: number, headers = {}) =>
    indeeResponse(httpStatus, code, DETAILS[code] ?? code, headers);

  /** Authentication first (W2000, W2003), then authorization (W2101). */
  const authorize = (screenerKey: string, header: string | undefined): Response | undefined => {
    const credential = parseAuthorization(header);
    if (!credential) return indeeError('W2000', 401);
    if (credential.scheme === 'jwt') {
      return state.jwts.has(credential.value) ? undefined : indeeError('W2003', 401);
    }
    if (!state.apiKeys.has(credential.value)) return indeeError('W2003', 401);
    const mode = state.screeners.get(screenerKey)?.auth ?? defaultAuth;
    return mode === 'jwt' ? indeeError('W2101', 403) : undefined;
  };

  const linkPhone = (
    screenerKey: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Response => {
    const contentType = headers['content-type']?.toLowerCase() ?? '';
    if (requireJson && !/^application\/(?:[\w.+-]+\+)?json\b/.test(contentType)) {
      return indeeResponse(400, 'W5000', 'Content-Type must be application/json');
    }
    const check = checkLinkBody(body);
    if (!check.ok) return indeeResponse(400, 'W5000', check.detail);
    state.links.set(screenerKey, { phone: check.phone, countryCode: check.countryCode });
    // A code sent to the previous number must not unlock the screener for the new one.
    state.activeCodes.delete(screenerKey);
    return indeeResponse(200, 'W0000', 'Success');
  };

  const notify = (sms: MockSms) => {
    for (const listener of [...listeners]) {
      try {
        listener(sms);
      } catch (error) {
        // A broken preview must not break the request; rethrow where it will be reported.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const sendCode = (screenerKey: string): Response => {
    const link = state.links.get(screenerKey);
    if (!link) {
      return indeeResponse(400, 'W5000', 'No phone number is linked to this screener');
    }
    const at = now();
    const sms: MockSms = {
      screenerKey,
      code: state.nextCode(screenerKey),
      to: maskPhone(link.phone, link.countryCode),
      at,
      expiresAt: at + codeTtlMs,
    };
    state.sent.push(sms);
    state.activeCodes.set(screenerKey, sms);
    notify(sms);
    return indeeResponse(200, 'W0000', 'Success');
  };

  const answer = (
    target: Route,
    headers: Record<string, string>,
    body: string | undefined,
  ): Response => {
    if (target.kind === 'not-found') return htmlResponse(404, '404 Not Found');
    if (target.kind === 'method-not-allowed') {
      return indeeResponse(405, 'W5000', 'Method not allowed', { Allow: 'GET, POST' });
    }
    const { screenerKey, endpoint } = target;
    const denied = authorize(screenerKey, headers.authorization);
    if (denied) return denied;
    if (limiter) {
      const at = now();
      const decision = limiter.take(`${endpoint} ${screenerKey}`, at);
      if (!decision.ok) {
        const wait = retryAfterHeader(decision.retryAfterMs / 1000, retryAfterFormat, at);
        return indeeError('W5001', 429, wait);
      }
    }
    return endpoint === 'link-phone'
      ? linkPhone(screenerKey, headers, body)
      : sendCode(screenerKey);
  };

  const handle = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    // Checks `fetch` makes before sending anything: they throw TypeErrors and record nothing.
    const headers = readHeaders(init);
    if ((method === 'GET' || method === 'HEAD') && init.body != null) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    const signal = init.signal;
    if (signal?.aborted) throw abortReason(signal);
    const body = readBody(init.body);
    state.requests.push({ method, url, headers, body, at: now() });

    const target = route(method, url);
    const scenario = target.kind === '2fa' ? scenarios.take(target.endpoint) : undefined;
    const effect = scenario === undefined ? undefined : scenarioEffect(scenario);
    if (effect?.kind === 'hang') await abortableDelay(Number.POSITIVE_INFINITY, signal);
    await abortableDelay(state.latencyMs + (effect?.kind === 'delay' ? effect.ms : 0), signal);
    if (effect?.kind === 'network-error') throw new TypeError('Failed to fetch');
    if (effect?.kind === 'respond') {
      return scenarioResponse(effect.scenario, {
        now: now(),
        retryAfterFormat,
        windowSeconds: windowMs / 1000,
      });
    }
    return answer(target, headers, body);
  };

  const controls = {
    linkedPhone: (screenerKey: string) => {
      const link = state.links.get(screenerKey);
      return link ? { ...link } : undefined;
    },
    setLinkedPhone: (screenerKey: string, phone: MockLinkedPhone | undefined) => {
      if (phone) state.links.set(screenerKey, { ...phone });
      else state.links.delete(screenerKey);
      state.activeCodes.delete(screenerKey);
    },
    configureScreener: (screenerKey: string, config: MockScreenerConfig) => {
      state.screeners.set(screenerKey, { ...config });
      if (config.linkedPhone) controls.setLinkedPhone(screenerKey, config.linkedPhone);
    },
    verifyCode: (screenerKey: string, code: string) => {
      const sms = state.activeCodes.get(screenerKey);
      const typed = normalizeCode(code);
      return !!sms && typed !== '' && typed === normalizeCode(sms.code) && now() < sms.expiresAt;
    },
    subscribe: (listener: MockSmsListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    failNext: scenarios.failNext.bind(scenarios),
    setScenario: (
      scenario: Parameters<MockIndeeFetcher['setScenario']>[0],
      scenarioOptions: Parameters<MockIndeeFetcher['setScenario']>[1] = {},
    ) => scenarios.set(scenario, scenarioOptions.endpoint),
    setLatency: (latencyMs: number) => {
      if (!(latencyMs >= 0)) throw new RangeError('latencyMs must be >= 0');
      state.latencyMs = latencyMs;
    },
    expireToken: (token: string) => {
      state.jwts.delete(token);
      state.apiKeys.delete(token);
    },
    issueToken: (kind: 'jwt' | 'apiKey' = 'jwt') => {
      const set = kind === 'jwt' ? state.jwts : state.apiKeys;
      let token: string;
      do {
        issued += 1;
        token = `${kind === 'jwt' ? 'demo-jwt' : 'demo-api-key'}-${issued}`;
      } while (set.has(token));
      set.add(token);
      return token;
    },
    reset: () => {
      state = initialState(options, codeLength);
      limiter?.clear();
      scenarios.clear();
      scenarios.set(options.scenario ?? null, options.scenarioEndpoint);
    },
  } satisfies Omit<MockIndeeFetcher, 'requests' | 'sentMessages' | 'lastCode'>;

  const fetcher = Object.assign(
    (input: string, init?: RequestInit) => handle(input, init),
    controls,
  ) as unknown as MockIndeeFetcher;
  Object.defineProperties(fetcher, {
    requests: { get: () => state.requests, enumerable: true },
    sentMessages: { get: () => state.sent, enumerable: true },
    lastCode: { get: () => state.sent.at(-1)?.code, enumerable: true },
  });
  return fetcher;
}
