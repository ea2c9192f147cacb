import { type TwoFactorEndpoint, TwoFactorError, type TwoFactorErrorCode } from './errors';
import { parseRetryAfter } from './retry-after';

// Internal to the api folder (not re-exported): how an Indee answer becomes an outcome.

const STATUS_CODE = /^W\d{4}$/;

/**
 * Turns an answer into success or a TwoFactorError. The body's W-code is the truth, even on
 * HTTP 200. W0000 counts only with a 2xx status: a 5xx claiming success most likely comes from
 * a proxy or a half-failed backend, and a false success strands the viewer waiting for a text
 * that never comes, while BAD_RESPONSE offers a retry.
 */
export function classifyResponse(
  response: Response,
  text: string,
  endpoint: TwoFactorEndpoint,
): void {
  const httpStatus = response.status;
  const retryAfterMs = retryAfterOf(response);
  const { code, detail } = parseIndeeBody(text);
  if (code === 'W0000' && response.ok) return;
  const errorCode: TwoFactorErrorCode =
    code === undefined || code === 'W0000' ? 'BAD_RESPONSE' : code;
  throw new TwoFactorError(errorCode, { endpoint, httpStatus, detail, retryAfterMs });
}

export function retryAfterOf(response: Response): number | undefined {
  return parseRetryAfter(response.headers.get('Retry-After'), Date.now());
}

/**
 * Reads `{status_code, detail}`. The Content-Type is not consulted: proxies mislabel JSON, and
 * an HTML page fails JSON.parse anyway. `detail` is kept (for logs) whenever it is a string,
 * e.g. a framework's `{"detail": "Not found."}` without a W-code.
 */
function parseIndeeBody(text: string): {
  code: `W${string}` | undefined;
  detail: string | undefined;
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { code: undefined, detail: undefined };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { code: undefined, detail: undefined };
  }
  const { status_code: statusCode, detail } = json as Record<string, unknown>;
  return {
    code:
      typeof statusCode === 'string' && STATUS_CODE.test(statusCode)
        ? (statusCode as `W${string}`)
        : undefined,
    detail: typeof detail === 'string' ? detail : undefined,
  };
}
