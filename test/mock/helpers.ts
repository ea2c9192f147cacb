import type { MockIndeeFetcher } from '../../src/mock';

const BASE = 'https://indee.test/api/';
export const API_KEY = { Authorization: 'Bearer demo-api-key' } as const;
export const JWT = { Authorization: 'JWT demo-jwt' } as const;
export const UK_PHONE = { phone: 7400123456, country_code: 44 } as const;

/** The 2FA endpoint of `screenerKey`, encoded as the gate's client must encode it. */
export function url(screenerKey: string, base = BASE): string {
  return `${base}v2/watch/content/screeners/${encodeURIComponent(screenerKey)}/2fa`;
}

/** `POST .../2fa` with a JSON body, as the real client sends it. */
export function link(
  fetcher: MockIndeeFetcher,
  screenerKey: string,
  body: unknown = UK_PHONE,
  headers: Record<string, string> = API_KEY,
): Promise<Response> {
  return fetcher(url(screenerKey), {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** `GET .../2fa`. */
export function requestCode(
  fetcher: MockIndeeFetcher,
  screenerKey: string,
  headers: HeadersInit = API_KEY,
  init: RequestInit = {},
): Promise<Response> {
  return fetcher(url(screenerKey), { method: 'GET', headers, ...init });
}

/** Status plus the Indee body. */
export async function read(
  response: Response,
): Promise<{ status: number; code: unknown; detail: unknown }> {
  const body = (await response.json()) as { status_code?: unknown; detail?: unknown };
  return { status: response.status, code: body.status_code, detail: body.detail };
}

/** Whether a promise has settled after the current macrotask queue drains. */
export async function settled(promise: Promise<unknown>, waitMs = 20): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return done;
}
