import type { IndeeErrorCode } from '../api/errors';

/**
 * Which `Authorization` scheme a mock screener demands.
 * - `'jwt'`: a force-login (Publicity) screener; only `JWT <token>` is accepted, and a
 *   `Bearer <apiKey>` answers W2101.
 * - `'apiKey'`: a link-type screener; `Bearer <apiKey>` is accepted, and so is a valid
 *   `JWT <token>`, because a signed-in viewer may always identify themselves.
 */
export type MockAuthMode = 'jwt' | 'apiKey';

/** The two 2FA endpoints: `POST .../2fa` links a phone, `GET .../2fa` sends a code. */
export type MockEndpoint = 'link-phone' | 'request-code';

/** Which endpoint a scenario applies to; `'any'` means both. */
export type MockEndpointTarget = MockEndpoint | 'any';

/** A phone number as the mock remembers it after `POST .../2fa`. */
export interface MockLinkedPhone {
  /** National significant number, as sent in `phone`. */
  phone: number;
  /** Country calling code, as sent in `country_code`. */
  countryCode: number;
}

/** Per-screener configuration. */
export interface MockScreenerConfig {
  /** @defaultValue the fetcher's `defaultAuth` */
  auth?: MockAuthMode;
  /** Pre-links a phone, so a `phoneRegistered` story can go straight to "send code". */
  linkedPhone?: MockLinkedPhone;
}

/**
 * An answer carrying an Indee status code. `statusCode` may be any `W…` code, documented or
 * not, so unknown-code handling can be demonstrated.
 */
export interface MockStatusScenario {
  statusCode: `W${string}`;
  /** @defaultValue the documented companion status, else `500` */
  httpStatus?: number;
  /**
   * Sends `Retry-After` in seconds.
   * @defaultValue `60` (the rate-limit window) for W5001, none otherwise
   */
  retryAfterSeconds?: number;
}

/** Answers slowly (on top of `latencyMs`), then behaves normally. */
export interface MockDelayScenario {
  delayMs: number;
}

/**
 * A failure or oddity to inject instead of the normal answer:
 * - a documented error code (`'W2000'`, `'W2003'`, `'W2101'`, `'W5001'`, `'W5000'`) with
 *   its documented HTTP status (W5001 carries `Retry-After`);
 * - a {@link MockStatusScenario}, e.g. `{ statusCode: 'W4242', httpStatus: 418 }`;
 * - `'http-200-w5000'`: HTTP 200 whose body says W5000 (status and code disagree);
 * - `'html-502'`: a proxy's HTML error page with HTTP 502;
 * - `'empty-body'`: HTTP 200 with no body at all;
 * - `'truncated-json'`: HTTP 200, `application/json`, cut off mid-object;
 * - `'network-error'`: rejects with `TypeError('Failed to fetch')`, as browsers do;
 * - `'hang'`: never settles until `init.signal` aborts;
 * - a {@link MockDelayScenario}: slowness only.
 *
 * Injected failures replace the whole answer: no auth check, no state change, no
 * rate-limit count.
 */
export type MockScenario =
  | IndeeErrorCode
  | MockStatusScenario
  | 'http-200-w5000'
  | 'html-502'
  | 'empty-body'
  | 'truncated-json'
  | 'network-error'
  | 'hang'
  | MockDelayScenario;

/** Options of `failNext` and `setScenario`. */
export interface MockScenarioOptions {
  /** @defaultValue `'any'` */
  endpoint?: MockEndpointTarget;
}

/** An SMS the mock "sent". */
export interface MockSms {
  screenerKey: string;
  /** The one-time code, for a story's SMS preview. */
  code: string;
  /** Where it went, as an SMS notice shows it: `'+44 ••••••••56'`. */
  to: string;
}

/**
 * One call to the fetcher, recorded before any scenario or check runs. Headers are kept
 * raw, `Authorization` included, so tests can assert on them: this mock is for demos and
 * tests, never for real credentials.
 */
export interface MockRequestRecord {
  method: string;
  /** The input exactly as given. */
  url: string;
  /** Lower-cased names, as `Headers` iterates them. */
  headers: Record<string, string>;
  /** The body, when it was a string. */
  body: string | undefined;
}

/** Options of `createMockIndeeFetcher`. Every one is optional. */
export interface MockIndeeOptions {
  /** Screener configuration by (decoded) screener key. Unlisted keys use the defaults. */
  screeners?: Record<string, MockScreenerConfig>;
  /** Auth mode of screeners without their own. @defaultValue `'apiKey'` */
  defaultAuth?: MockAuthMode;
  /** Codes to text first, in order; then random 6-digit codes. */
  codes?: readonly string[];
  /** `false` turns off the limit of 5 requests a minute per screener and endpoint. */
  rateLimit?: false;
  /** Delay before every answer, in ms; Storybook uses ~300. @defaultValue `0` */
  latencyMs?: number;
  /** A persistent scenario from the start, as with `setScenario`. @defaultValue `null` */
  scenario?: MockScenario | null;
  /** Endpoint the initial `scenario` applies to. @defaultValue `'any'` */
  scenarioEndpoint?: MockEndpointTarget;
}

/** Listener of {@link MockIndeeFetcher.subscribe}. */
export type MockSmsListener = (sms: MockSms) => void;

/**
 * The fetch-compatible mock, with inspection and control members. Pass it as the gate's
 * `fetcher`.
 */
export interface MockIndeeFetcher {
  (input: string, init?: RequestInit): Promise<Response>;
  /** Every call so far, oldest first. */
  readonly requests: readonly MockRequestRecord[];
  /** Every SMS "sent", oldest first. */
  readonly sentMessages: readonly MockSms[];
  /** The code of the most recent SMS to any screener. */
  readonly lastCode: string | undefined;
  /** The phone linked to a screener, if any. */
  linkedPhone(screenerKey: string): MockLinkedPhone | undefined;
  /**
   * Whether `code` is the latest code sent for the screener and was sent less than 5 minutes
   * ago. Spaces and hyphens are ignored; a check does not use the code up.
   */
  verifyCode(screenerKey: string, code: string): boolean;
  /** Calls `listener` with each SMS sent from now on; returns the unsubscribe function. */
  subscribe(listener: MockSmsListener): () => void;
  /** Injects `scenario` into the next matching request (queued after earlier ones). */
  failNext(scenario: MockScenario, options?: MockScenarioOptions): void;
  /** Injects `scenario` into every matching request until cleared with `null`. */
  setScenario(scenario: MockScenario | null, options?: MockScenarioOptions): void;
  /** Changes the delay before every answer. */
  setLatency(latencyMs: number): void;
  /** Mints a new valid JWT and returns it, as a host's token refresh would. */
  issueToken(): string;
}
