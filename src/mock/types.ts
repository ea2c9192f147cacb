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
  /** @defaultValue a short English text per code */
  detail?: string;
  /**
   * Sends `Retry-After` (in the fetcher's `retryAfterFormat`).
   * @defaultValue the rate-limit window in seconds for W5001, none otherwise
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
  /** How many matching requests `failNext` affects. Ignored by `setScenario`. @defaultValue `1` */
  times?: number;
  /** @defaultValue `'any'` */
  endpoint?: MockEndpointTarget;
}

/** An SMS the mock "sent". */
export interface MockSms {
  screenerKey: string;
  /** The one-time code, for a story's SMS preview. */
  code: string;
  /** Where it went, masked like a real notice: `'+44 ••••••••56'`. */
  to: string;
  /** When it was sent, on the fetcher's clock (`now`). */
  at: number;
  /** When the code stops being valid, on the same clock. */
  expiresAt: number;
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
  /** The body as text, when it was a string, bytes or `URLSearchParams`. */
  body: string | undefined;
  /** On the fetcher's clock (`now`). */
  at: number;
}

/** Rate limit per screener and endpoint: at most `max` requests in any `windowMs`. */
export interface MockRateLimit {
  /** @defaultValue `5` */
  max?: number;
  /** @defaultValue `60000` */
  windowMs?: number;
}

/** How `Retry-After` is sent with W5001: delta seconds, an HTTP date, or not at all. */
export type MockRetryAfterFormat = 'seconds' | 'http-date' | 'none';

/** Options of `createMockIndeeFetcher`. Every one is optional. */
export interface MockIndeeOptions {
  /** Screener configuration by (decoded) screener key. Unlisted keys use the defaults. */
  screeners?: Record<string, MockScreenerConfig>;
  /** Auth mode of screeners without their own. @defaultValue `'apiKey'` */
  defaultAuth?: MockAuthMode;
  /** Valid JWTs. @defaultValue `['demo-jwt']` */
  jwts?: readonly string[];
  /** Valid API keys. @defaultValue `['demo-api-key']` */
  apiKeys?: readonly string[];
  /** Digits in generated codes. @defaultValue `6` */
  codeLength?: number;
  /** Codes to hand out first, in order (deterministic tests). */
  codes?: readonly string[];
  /** Generates a code once `codes` is used up; overrides `seed`. */
  nextCode?: (context: { screenerKey: string; length: number }) => string;
  /** Seeds the built-in generator for repeatable codes. @defaultValue random (`Math.random`) */
  seed?: number;
  /** How long a sent code stays valid. @defaultValue `300000` (5 minutes) */
  codeTtlMs?: number;
  /** `false` turns rate limiting off. @defaultValue `{ max: 5, windowMs: 60000 }` */
  rateLimit?: MockRateLimit | false;
  /** @defaultValue `'seconds'` */
  retryAfterFormat?: MockRetryAfterFormat;
  /** The clock for rate limits, code expiry and records (not for delays). @defaultValue `Date.now` */
  now?: () => number;
  /** Delay before every answer, in ms; Storybook uses ~400. @defaultValue `0` */
  latencyMs?: number;
  /** A persistent scenario from the start, as with `setScenario`. @defaultValue `null` */
  scenario?: MockScenario | null;
  /** Endpoint the initial `scenario` applies to. @defaultValue `'any'` */
  scenarioEndpoint?: MockEndpointTarget;
  /**
   * Answer `POST` bodies without `Content-Type: application/json` with 400 W5000, as a
   * JSON-only server would.
   * @defaultValue `true`
   */
  requireJsonContentType?: boolean;
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
  /** Links (or with `undefined` unlinks) a phone without a request. */
  setLinkedPhone(screenerKey: string, phone: MockLinkedPhone | undefined): void;
  /** Sets one screener's configuration after creation. */
  configureScreener(screenerKey: string, config: MockScreenerConfig): void;
  /**
   * Whether `code` is the latest code sent for the screener and has not expired. Spaces and
   * hyphens are ignored; a check does not use the code up.
   */
  verifyCode(screenerKey: string, code: string): boolean;
  /** Calls `listener` with each SMS sent from now on; returns the unsubscribe function. */
  subscribe(listener: MockSmsListener): () => void;
  /** Injects `scenario` into the next `times` matching requests (queued after earlier ones). */
  failNext(scenario: MockScenario, options?: MockScenarioOptions): void;
  /** Injects `scenario` into every matching request until cleared with `null`. */
  setScenario(scenario: MockScenario | null, options?: Omit<MockScenarioOptions, 'times'>): void;
  /** Changes the delay before every answer. */
  setLatency(latencyMs: number): void;
  /** Makes a JWT or API key invalid from now on, so the next use answers W2003. */
  expireToken(token: string): void;
  /** Mints a new valid credential (a JWT unless asked for an API key) and returns it. */
  issueToken(kind?: 'jwt' | 'apiKey'): string;
  /** Back to the state the options describe: records, links, codes, limits, scenarios, credentials. */
  reset(): void;
}
