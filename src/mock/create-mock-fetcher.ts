import { abortableDelay, abortReason } from './delay';
import {
  checkLinkBody,
  htmlResponse,
  indeeResponse,
  parseAuthorization,
  type Route,
  readHeaders,
  route,
} from './http';
import { RateLimiter } from './rate-limit';
import { DETAILS, ScenarioStore, scenarioEffect, scenarioResponse } from './scenarios';
import type {
  MockAuthMode,
  MockIndeeFetcher,
  MockIndeeOptions,
  MockLinkedPhone,
  MockRequestRecord,
  MockSms,
  MockSmsListener,
} from './types';

/** How long a texted code stays valid, as the SMS says. */
const CODE_TTL_MS = 5 * 60_000;

/** `+44 ••••••••56`: the country code and the last two digits, as an SMS notice shows them. */
function smsRecipient({ phone, countryCode }: MockLinkedPhone): string {
  const digits = String(phone);
  return `+${countryCode} ${'•'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

/** Codes are compared without the spaces and hyphens a viewer may paste. */
const normalizeCode = (code: string) => code.replace(/[\s-]/g, '');

/**
 * Creates an in-memory Indee that speaks the screener 2FA contract, for Storybook, demos
 * and tests. It never touches the network.
 *
 * - Routes `POST` (link a phone) and `GET` (send a code) on
 *   `{base}/v2/watch/content/screeners/{key}/2fa`, the key being one percent-encoded
 *   segment. Other paths answer 404 with an HTML page; other methods 405 with
 *   `{"status_code":"W5000"}` and `Allow: GET, POST`.
 * - Auth: `JWT demo-jwt` and `Bearer demo-api-key` are valid (and JWTs from `issueToken`).
 *   An unparseable header is W2000; an unknown token or key W2003; a valid API key on a
 *   `jwt` screener W2101; a valid JWT is accepted on every screener.
 * - Then the rate limit (5 requests a minute per screener and endpoint) answers W5001 with
 *   `Retry-After` in seconds.
 * - A bad link body (it must be JSON `{"phone": <int>, "country_code": <int>}`), or a code
 *   request for a screener with no linked phone, answers HTTP 400 with W5000 (the seed
 *   documents no 400 code) and a `detail` saying why.
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
  const defaultAuth: MockAuthMode = options.defaultAuth ?? 'apiKey';
  const limiter = options.rateLimit === false ? undefined : new RateLimiter();
  const scenarios = new ScenarioStore();
  scenarios.set(options.scenario ?? null, options.scenarioEndpoint);
  const listeners = new Set<MockSmsListener>();
  const codes = [...(options.codes ?? [])];
  const jwts = new Set(['demo-jwt']);
  const links = new Map<string, MockLinkedPhone>();
  for (const [key, config] of Object.entries(options.screeners ?? {})) {
    if (config.linkedPhone) links.set(key, { ...config.linkedPhone });
  }
  /** Only the latest SMS per screener holds a valid code. */
  const activeCodes = new Map<string, { code: string; expiresAt: number }>();
  const requests: MockRequestRecord[] = [];
  const sent: MockSms[] = [];
  let latencyMs = options.latencyMs ?? 0;

  const indeeError = (code: keyof typeof DETAILS, httpStatus: number, headers = {}) =>
    indeeResponse(httpStatus, code, DETAILS[code] ?? code, headers);

  /** Authentication first (W2000, W2003), then authorization (W2101). */
  const authorize = (screenerKey: string, header: string | undefined): Response | undefined => {
    const credential = parseAuthorization(header);
    if (!credential) return indeeError('W2000', 401);
    if (credential.scheme === 'jwt') {
      return jwts.has(credential.value) ? undefined : indeeError('W2003', 401);
    }
    if (credential.value !== 'demo-api-key') return indeeError('W2003', 401);
    const mode = options.screeners?.[screenerKey]?.auth ?? defaultAuth;
    return mode === 'jwt' ? indeeError('W2101', 403) : undefined;
  };

  const linkPhone = (
    screenerKey: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Response => {
    const contentType = headers['content-type']?.toLowerCase() ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(contentType)) {
      return indeeResponse(400, 'W5000', 'Content-Type must be application/json');
    }
    const check = checkLinkBody(body);
    if (!check.ok) return indeeResponse(400, 'W5000', check.detail);
    links.set(screenerKey, { phone: check.phone, countryCode: check.countryCode });
    // A code sent to the previous number must not unlock the screener for the new one.
    activeCodes.delete(screenerKey);
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
    const link = links.get(screenerKey);
    if (!link) {
      return indeeResponse(400, 'W5000', 'No phone number is linked to this screener');
    }
    const code = codes.shift() ?? String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
    const sms: MockSms = { screenerKey, code, to: smsRecipient(link) };
    sent.push(sms);
    activeCodes.set(screenerKey, { code, expiresAt: Date.now() + CODE_TTL_MS });
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
    const decision = limiter?.take(`${endpoint} ${screenerKey}`, Date.now());
    if (decision && !decision.ok) {
      const seconds = String(Math.ceil(decision.retryAfterMs / 1000));
      return indeeError('W5001', 429, { 'Retry-After': seconds });
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
    const body = typeof init.body === 'string' ? init.body : undefined;
    requests.push({ method, url, headers, body });

    const target = route(method, url);
    const scenario = target.kind === '2fa' ? scenarios.take(target.endpoint) : undefined;
    const effect = scenario === undefined ? undefined : scenarioEffect(scenario);
    if (effect?.kind === 'hang') await abortableDelay(Number.POSITIVE_INFINITY, signal);
    await abortableDelay(latencyMs + (effect?.kind === 'delay' ? effect.ms : 0), signal);
    if (effect?.kind === 'network-error') throw new TypeError('Failed to fetch');
    if (effect?.kind === 'respond') return scenarioResponse(effect.scenario);
    return answer(target, headers, body);
  };

  let issued = 0;
  const controls = {
    linkedPhone: (screenerKey: string) => {
      const link = links.get(screenerKey);
      return link ? { ...link } : undefined;
    },
    verifyCode: (screenerKey: string, code: string) => {
      const active = activeCodes.get(screenerKey);
      const typed = normalizeCode(code);
      return !!active && typed !== '' && typed === active.code && Date.now() < active.expiresAt;
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
    setLatency: (ms: number) => {
      if (!(ms >= 0)) throw new RangeError('latencyMs must be >= 0');
      latencyMs = ms;
    },
    issueToken: () => {
      issued += 1;
      const token = `demo-jwt-${issued}`;
      jwts.add(token);
      return token;
    },
  } satisfies Omit<MockIndeeFetcher, 'requests' | 'sentMessages' | 'lastCode'>;

  const fetcher = Object.assign(
    (input: string, init?: RequestInit) => handle(input, init),
    controls,
  ) as unknown as MockIndeeFetcher;
  Object.defineProperties(fetcher, {
    requests: { value: requests, enumerable: true },
    sentMessages: { value: sent, enumerable: true },
    lastCode: { get: () => sent.at(-1)?.code, enumerable: true },
  });
  return fetcher;
}
