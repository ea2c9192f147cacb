/**
 * Supplies a JWT for each request. Called with `refresh: false` before every request and,
 * after the server answers W2003 (invalid token), once more with `refresh: true` so the host
 * can exchange its refresh token; the request is then retried once.
 */
export type TokenGetter = (context: { refresh: boolean }) => string | Promise<string>;

/**
 * How the gate authenticates. Choose by the screener's configuration:
 * - `jwt` when the product does not allow link-type screeners and force-login is on
 *   (today only Publicity screeners): sent as `Authorization: JWT <token>`.
 * - `apiKey` when the product allows link-type screeners and force-login is off:
 *   sent as `Authorization: Bearer <apiKey>`.
 */
export type TwoFactorAuth =
  | { type: 'jwt'; token: string | TokenGetter }
  | { type: 'apiKey'; apiKey: string };

/** A fetch-compatible transport; `window.fetch` fits. */
export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

/** The body of `POST .../2fa`, exactly as Indee expects it. */
export interface PhoneLinkBody {
  /** National significant number as an integer (no leading zero possible). */
  phone: number;
  /** Country calling code as an integer (`1`, `44`, ...). */
  country_code: number;
}

/** Everything the client needs to reach one screener's 2FA endpoint. */
export interface TwoFactorClientConfig {
  /** API base URL, with or without a trailing slash. */
  baseUrl: string;
  /** Opaque screener key; always sent as one percent-encoded path segment. */
  screenerKey: string;
  auth: TwoFactorAuth;
  /** @defaultValue `globalThis.fetch` */
  fetcher?: Fetcher;
  /** @defaultValue `15000` */
  requestTimeoutMs?: number;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the request without reporting an error (for unmounts). */
  signal?: AbortSignal;
}
