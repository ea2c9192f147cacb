import type { MockEndpoint } from './types';

/** Where a request was routed: a 2FA endpoint of one screener, or nowhere. */
export type Route =
  | { kind: '2fa'; endpoint: MockEndpoint; screenerKey: string }
  | { kind: 'method-not-allowed'; screenerKey: string }
  | { kind: 'not-found' };

// One segment, percent-encoded, directly before `/2fa`; whatever precedes `v2` is the base.
const PATH = /\/v2\/watch\/content\/screeners\/([^/]+)\/2fa$/;

/**
 * Routes by method and path. The input goes through the WHATWG URL parser, as it would in
 * a browser, so dot segments are resolved before matching: that is what the real server
 * would receive. Empty segments (`api//v2`) are not forgiven, to surface joining bugs.
 */
export function route(method: string, input: string): Route {
  let pathname: string;
  try {
    pathname = new URL(input, 'http://mock.invalid/').pathname;
  } catch {
    return { kind: 'not-found' };
  }
  const match = PATH.exec(pathname);
  if (!match?.[1] || pathname.includes('//')) return { kind: 'not-found' };
  let screenerKey: string;
  try {
    screenerKey = decodeURIComponent(match[1]);
  } catch {
    // Malformed percent-encoding cannot name a screener.
    return { kind: 'not-found' };
  }
  if (method === 'POST') return { kind: '2fa', endpoint: 'link-phone', screenerKey };
  if (method === 'GET') return { kind: '2fa', endpoint: 'request-code', screenerKey };
  return { kind: 'method-not-allowed', screenerKey };
}

/** A JSON answer in Indee's shape. */
export function indeeResponse(
  httpStatus: number,
  statusCode: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status_code: statusCode, detail }), {
    status: httpStatus,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** An HTML error page, like a proxy or a framework's default 404 would send. */
export function htmlResponse(httpStatus: number, title: string): Response {
  const body = `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><hr><p>nginx</p></body></html>`;
  return new Response(body, {
    status: httpStatus,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/**
 * Flattens `init.headers` (plain object, `Headers`, or pairs) with lower-cased names.
 * Invalid names or values throw a `TypeError`, as `fetch` itself would.
 */
export function readHeaders(init: RequestInit): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** A parsed `Authorization` header. */
export type Credential = { scheme: 'jwt' | 'bearer'; value: string };

/**
 * Parses `JWT <token>` or `Bearer <key>`: the scheme is case-insensitive (RFC 9110), the
 * value one non-empty token. Anything else (missing, `Token x`, `Bearer` alone, extra
 * words) is unparseable, which Indee answers with W2000.
 */
export function parseAuthorization(header: string | undefined): Credential | undefined {
  if (header === undefined) return undefined;
  const parts = header.trim().split(/\s+/);
  if (parts.length !== 2) return undefined;
  const [scheme = '', value = ''] = parts;
  const lower = scheme.toLowerCase();
  if (value === '' || (lower !== 'jwt' && lower !== 'bearer')) return undefined;
  return { scheme: lower, value };
}

/** Why a link-phone body was refused, or the body when it is valid. */
export type BodyCheck =
  | { ok: true; phone: number; countryCode: number }
  | { ok: false; detail: string };

/**
 * Validates `{"phone": <int>, "country_code": <int>}`: exactly those two keys, `phone` a
 * positive safe integer, `country_code` an integer from 1 to 999.
 */
export function checkLinkBody(text: string | undefined): BodyCheck {
  if (text === undefined || text.trim() === '')
    return { ok: false, detail: 'Request body is required' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'Request body is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, detail: 'Request body must be a JSON object' };
  }
  const body = parsed as Record<string, unknown>;
  const extra = Object.keys(body).filter((key) => key !== 'phone' && key !== 'country_code');
  if (extra.length > 0) return { ok: false, detail: `Unexpected field: ${extra.join(', ')}` };
  const { phone, country_code: countryCode } = body;
  if (typeof phone !== 'number' || !Number.isSafeInteger(phone) || phone <= 0) {
    return { ok: false, detail: 'phone must be a positive integer' };
  }
  if (
    typeof countryCode !== 'number' ||
    !Number.isInteger(countryCode) ||
    countryCode < 1 ||
    countryCode > 999
  ) {
    return { ok: false, detail: 'country_code must be an integer from 1 to 999' };
  }
  return { ok: true, phone, countryCode };
}
