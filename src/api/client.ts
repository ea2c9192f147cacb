import { abortable, abortError, boundedWait, startDeadline, throwIfAborted } from './abort';
import { type TwoFactorEndpoint, TwoFactorError } from './errors';
import { classifyResponse, retryAfterOf } from './response';
import type {
  Fetcher,
  PhoneLinkBody,
  RequestOptions,
  TokenGetter,
  TwoFactorAuth,
  TwoFactorClientConfig,
} from './types';
import { buildTwoFactorUrl } from './url';

/** Used when `requestTimeoutMs` is absent, not a number, or not above zero. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
// A header value must be Latin-1 without CR/LF; a credential is visible ASCII only. Checking
// here turns a bad token into a clear auth error instead of a TypeError thrown by fetch.
const CREDENTIAL = /^[\x21-\x7E]+$/;

// Looked up on each call, so importing this module during SSR never touches `fetch`.
const defaultFetcher: Fetcher = (input, init) => globalThis.fetch(input, init);

interface Call {
  endpoint: TwoFactorEndpoint;
  method: 'GET' | 'POST';
  body: string | undefined;
}

/**
 * `POST .../2fa`: links a phone number to the screener.
 *
 * Resolves on W0000 with a 2xx status. Rejects with:
 * - a {@link TwoFactorError} for every answer that is not success, for network failures
 *   (`NETWORK`), and for requests that outlast `requestTimeoutMs` (`TIMEOUT`);
 * - the abort reason (an error named `AbortError`, see `isAbortError`) when
 *   `options.signal` aborts; never a TwoFactorError, so an unmount is not a failure;
 * - a `TypeError`, before anything is sent, when `body` holds anything but two positive safe
 *   integers or the config's `baseUrl` / `screenerKey` is unusable (programmer errors).
 *
 * The body is sent as exactly `{"phone":<int>,"country_code":<int>}`. See
 * {@link requestCode} for authorization and token refresh.
 */
export async function linkPhone(
  config: TwoFactorClientConfig,
  body: PhoneLinkBody,
  options: RequestOptions = {},
): Promise<void> {
  const payload = serializePhoneLinkBody(body);
  await send(config, { endpoint: 'link-phone', method: 'POST', body: payload }, options.signal);
}

/**
 * `GET .../2fa`: asks Indee to text a one-time code to the linked phone.
 *
 * Outcomes as for {@link linkPhone}. Authorization:
 * - `apiKey`: `Authorization: Bearer <apiKey>`. An empty key (or one a header cannot carry)
 *   sends nothing and rejects with `W2000`, the code for a missing Authorization header.
 * - `jwt` with a string: `Authorization: JWT <token>`; a W2003 answer is final.
 * - `jwt` with a `TokenGetter`: asked with `{ refresh: false }` before the request;
 *   after a W2003 answer it is asked once with `{ refresh: true }` and the request is sent
 *   once more; that second answer is final. If the getter throws or yields an empty or
 *   non-string token, nothing is sent and the call rejects with `W2003` (the error's `cause`
 *   is the getter's error): the host cannot vouch for the viewer, which is what an expired
 *   session means, so the gate asks for sign-in as it would for a server W2003. A getter
 *   still unsettled after `requestTimeoutMs` rejects with `TIMEOUT`, and nothing is sent.
 *
 * `requestTimeoutMs` bounds every wait on its own: each getter call and each HTTP request (up
 * to two of each), the request covering the answer and its body.
 */
export async function requestCode(
  config: TwoFactorClientConfig,
  options: RequestOptions = {},
): Promise<void> {
  await send(config, { endpoint: 'request-code', method: 'GET', body: undefined }, options.signal);
}

function serializePhoneLinkBody(body: PhoneLinkBody): string {
  const phone = body?.phone;
  const countryCode = body?.country_code;
  // Messages name the field, never the value: the phone number is personal data.
  if (!isPositiveSafeInteger(phone)) {
    throw new TypeError('screener-2fa-gate: phone must be a positive safe integer');
  }
  if (!isPositiveSafeInteger(countryCode)) {
    throw new TypeError('screener-2fa-gate: country_code must be a positive safe integer');
  }
  // Built afresh so extra properties on `body` never reach the wire and the key order is fixed.
  return JSON.stringify({ phone, country_code: countryCode });
}

function isPositiveSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

async function send(
  config: TwoFactorClientConfig,
  call: Call,
  callerSignal: AbortSignal | undefined,
): Promise<void> {
  // Programmer errors first, so they surface even for an already aborted call.
  const url = buildTwoFactorUrl(config.baseUrl, config.screenerKey);
  throwIfAborted(callerSignal);
  const fetcher = config.fetcher ?? defaultFetcher;
  const timeoutMs = boundedWait(DEFAULT_REQUEST_TIMEOUT_MS, config.requestTimeoutMs);
  const { auth } = config;

  const run = async (refresh: boolean) => {
    const authorization = await authorizationFor(auth, refresh, call.endpoint, {
      callerSignal,
      timeoutMs,
    });
    await attempt(fetcher, url, call, authorization, timeoutMs, callerSignal);
  };

  try {
    await run(false);
  } catch (error) {
    // Only a W2003 *answer* earns a refresh; a getter that failed has already had its say.
    const canRefresh = auth?.type === 'jwt' && typeof auth.token === 'function';
    const answeredW2003 =
      error instanceof TwoFactorError && error.code === 'W2003' && error.httpStatus !== undefined;
    if (!canRefresh || !answeredW2003) throw error;
    await run(true);
  }
}

async function authorizationFor(
  auth: TwoFactorAuth,
  refresh: boolean,
  endpoint: TwoFactorEndpoint,
  wait: { callerSignal: AbortSignal | undefined; timeoutMs: number },
): Promise<string> {
  if (auth?.type === 'apiKey') {
    if (isCredential(auth.apiKey)) return `Bearer ${auth.apiKey}`;
    const cause = new TypeError('screener-2fa-gate: apiKey is empty or not a valid header value');
    throw new TwoFactorError('W2000', { endpoint, cause });
  }
  if (auth?.type !== 'jwt') {
    const cause = new TypeError('screener-2fa-gate: auth.type must be "jwt" or "apiKey"');
    throw new TwoFactorError('W2000', { endpoint, cause });
  }
  const source = auth.token;
  const token =
    typeof source === 'function' ? await askGetter(source, refresh, endpoint, wait) : source;
  if (isCredential(token)) return `JWT ${token}`;
  const cause = new TypeError('screener-2fa-gate: the JWT is empty or not a valid header value');
  throw new TwoFactorError('W2003', { endpoint, cause });
}

/** Asks the host for a token, bounded like a request: a host refresh can hang too. */
async function askGetter(
  getter: TokenGetter,
  refresh: boolean,
  endpoint: TwoFactorEndpoint,
  wait: { callerSignal: AbortSignal | undefined; timeoutMs: number },
): Promise<unknown> {
  const deadline = startDeadline(wait.callerSignal, wait.timeoutMs);
  try {
    return await abortable(() => getter({ refresh }), deadline.signal);
  } catch (error) {
    const ending = deadline.ending();
    if (ending === 'caller' && wait.callerSignal) throw abortError(wait.callerSignal);
    if (ending === 'timeout') throw new TwoFactorError('TIMEOUT', { endpoint });
    throw new TwoFactorError('W2003', { endpoint, cause: error });
  } finally {
    deadline.release();
  }
}

function isCredential(value: unknown): value is string {
  return typeof value === 'string' && CREDENTIAL.test(value);
}

/** One HTTP exchange: request, body, classification. Timers and listeners never outlive it. */
async function attempt(
  fetcher: Fetcher,
  url: string,
  call: Call,
  authorization: string,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<void> {
  throwIfAborted(callerSignal);
  const { endpoint } = call;
  const deadline = startDeadline(callerSignal, timeoutMs);
  let response: Response | undefined;
  let text: string;
  try {
    const init = requestInit(call, authorization, deadline.signal);
    // Both steps are raced against the signal as well, because an injected fetcher (or its
    // Response body) may ignore it; the timeout must hold regardless.
    response = await abortable(() => fetcher(url, init), deadline.signal);
    const answered = response;
    text = await abortable(() => answered.text(), deadline.signal);
  } catch (error) {
    const ending = deadline.ending();
    if (ending === 'caller' && callerSignal) throw abortError(callerSignal);
    const httpStatus = response?.status;
    const retryAfterMs = response ? retryAfterOf(response) : undefined;
    const code = ending === 'timeout' ? 'TIMEOUT' : 'NETWORK';
    throw new TwoFactorError(code, { endpoint, httpStatus, retryAfterMs, cause: error });
  } finally {
    deadline.release();
  }
  classifyResponse(response, text, endpoint);
}

/**
 * The exact `init` handed to the fetcher; tests pin it. Choices beyond method/headers/body:
 * - `credentials: 'omit'`: auth travels in the header; cookies add nothing but CSRF surface
 *   and would make CORS demand `Access-Control-Allow-Credentials`.
 * - `cache: 'no-store'`: the GET sends an SMS; a cached 200 would claim a text that never went.
 * - `redirect: 'error'`: a 301/302 turns the POST into a GET (a code request instead of a
 *   link), and older browsers forward `Authorization` to another origin. Rejects as NETWORK.
 */
function requestInit(call: Call, authorization: string, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: authorization,
  };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    method: call.method,
    headers,
    ...(call.body === undefined ? {} : { body: call.body }),
    signal,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
  };
}
