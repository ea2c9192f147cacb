import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkPhone, requestCode } from '../../src/api/client';
import { TwoFactorError } from '../../src/api/errors';
import type { TwoFactorClientConfig } from '../../src/api/types';
import { indee, ok, raw, recordingFetcher, rejectionOf, type Step } from './fake-fetcher';

function config(...script: Step[]): TwoFactorClientConfig & { calls: unknown[] } {
  const { fetcher, calls } = recordingFetcher(...script);
  // A string token, so a W2003 answer is final and each case is one request.
  return {
    baseUrl: 'https://h.example/api',
    screenerKey: 'k',
    auth: { type: 'jwt', token: 't' },
    fetcher,
    calls,
  };
}

async function failure(promise: Promise<unknown>): Promise<TwoFactorError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TwoFactorError);
  return error as TwoFactorError;
}

const phone = { phone: 7400123456, country_code: 44 };

afterEach(() => {
  vi.useRealTimers();
});

describe('success', () => {
  it('resolves on HTTP 200 + W0000 for both endpoints', async () => {
    const c = config(ok(), ok());
    await expect(linkPhone(c, phone)).resolves.toBeUndefined();
    await expect(requestCode(c)).resolves.toBeUndefined();
    expect(c.calls).toHaveLength(2);
  });
});

describe('documented Indee codes', () => {
  it.each([
    ['W2000', 401, 'integration'],
    ['W2003', 401, 'session-expired'],
    ['W2101', 403, 'sign-in-required'],
    ['W5001', 429, 'rate-limited'],
    ['W5000', 500, 'server'],
  ] as const)('%s on HTTP %i is a TwoFactorError of kind %s', async (code, status, kind) => {
    for (const [endpoint, call] of [
      ['link-phone', (c: TwoFactorClientConfig) => linkPhone(c, phone)],
      ['request-code', (c: TwoFactorClientConfig) => requestCode(c)],
    ] as const) {
      const c = config(indee(status, { status_code: code, detail: `why ${code}` }));
      const error = await failure(call(c));
      expect(error.code).toBe(code);
      expect(error.kind).toBe(kind);
      expect(error.httpStatus).toBe(status);
      expect(error.detail).toBe(`why ${code}`);
      expect(error.endpoint).toBe(endpoint);
      expect(error.retryAfterMs).toBeUndefined();
      expect(c.calls).toHaveLength(1);
    }
  });
});

describe('answers the table does not list', () => {
  it('keeps an unknown W-code as received (W4242 on 418)', async () => {
    const error = await failure(
      requestCode(config(indee(418, { status_code: 'W4242', detail: 'teapot' }))),
    );
    expect(error.code).toBe('W4242');
    expect(error.kind).toBe('unknown-code');
    expect(error.httpStatus).toBe(418);
    expect(error.detail).toBe('teapot');
  });

  it('trusts the body over HTTP 200: W5000 on 200 is an error', async () => {
    const error = await failure(
      requestCode(config(indee(200, { status_code: 'W5000', detail: 'boom' }))),
    );
    expect(error.code).toBe('W5000');
    expect(error.httpStatus).toBe(200);
  });

  it('does not take W0000 on HTTP 500 as success', async () => {
    const error = await failure(
      linkPhone(config(indee(500, { status_code: 'W0000', detail: 'Success' })), phone),
    );
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.httpStatus).toBe(500);
    expect(error.detail).toBe('Success');
  });

  it.each([
    [
      'an HTML page from a proxy on 502',
      raw(502, '<html><body>Bad Gateway</body></html>', { 'Content-Type': 'text/html' }),
      502,
    ],
    ['an empty 200', raw(200, ''), 200],
    ['an empty 204', new Response(null, { status: 204 }), 204],
    [
      'truncated JSON',
      raw(200, '{"status_code": "W00', { 'Content-Type': 'application/json' }),
      200,
    ],
    ['plain text', raw(200, 'OK', { 'Content-Type': 'text/plain' }), 200],
    ['JSON null', raw(200, 'null'), 200],
    ['a JSON array', raw(200, '[{"status_code":"W0000"}]'), 200],
    ['a JSON string', raw(200, '"W0000"'), 200],
    ['JSON without status_code', indee(200, { detail: 'Success' }), 200],
    ['a numeric status_code', indee(200, { status_code: 0 }), 200],
    ['a lowercase status_code', indee(200, { status_code: 'w0000' }), 200],
    ['a too long status_code', indee(200, { status_code: 'W00000' }), 200],
    ['a padded status_code', indee(200, { status_code: ' W0000' }), 200],
  ])('%s is BAD_RESPONSE with its HTTP status', async (_name, response, status) => {
    const error = await failure(requestCode(config(response)));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.kind).toBe('bad-response');
    expect(error.httpStatus).toBe(status);
    expect(error.endpoint).toBe('request-code');
  });

  it('keeps a string detail from JSON without a W-code, e.g. a framework 404', async () => {
    const error = await failure(requestCode(config(indee(404, { detail: 'Not found.' }))));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.httpStatus).toBe(404);
    expect(error.detail).toBe('Not found.');
  });

  it('drops a detail that is not a string', async () => {
    for (const detail of [42, { html: '<b>x</b>' }, null, ['a']]) {
      const error = await failure(
        requestCode(config(indee(500, { status_code: 'W5000', detail }))),
      );
      expect(error.code).toBe('W5000');
      expect(error.detail).toBeUndefined();
    }
  });

  it('keeps a markup detail verbatim as text, and out of the message', async () => {
    const detail = '<img src=x onerror=alert(1)>';
    const error = await failure(requestCode(config(indee(500, { status_code: 'W5000', detail }))));
    expect(error.detail).toBe(detail);
    expect(error.message).not.toContain(detail);
  });
});

describe('transport failures', () => {
  it('a rejected fetch is NETWORK and keeps the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await failure(linkPhone(config(cause), phone));
    expect(error.code).toBe('NETWORK');
    expect(error.kind).toBe('network');
    expect(error.cause).toBe(cause);
    expect(error.httpStatus).toBeUndefined();
    expect(error.endpoint).toBe('link-phone');
  });

  it('a fetcher that throws synchronously is NETWORK too', async () => {
    const cause = new Error('sync');
    const c = config();
    c.fetcher = () => {
      throw cause;
    };
    const error = await failure(requestCode(c));
    expect(error.code).toBe('NETWORK');
    expect(error.cause).toBe(cause);
  });

  it('a body that breaks off mid-stream is NETWORK with the HTTP status', async () => {
    const broken = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"status_'));
            controller.error(new TypeError('connection reset'));
          },
        }),
        { status: 200 },
      );
    const error = await failure(requestCode(config(broken)));
    expect(error.code).toBe('NETWORK');
    expect(error.httpStatus).toBe(200);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds on a W5001', async () => {
    const error = await failure(
      requestCode(
        config(indee(429, { status_code: 'W5001', detail: 'slow down' }, { 'Retry-After': '120' })),
      ),
    );
    expect(error.code).toBe('W5001');
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('reads an HTTP date against the current time', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const error = await failure(
      requestCode(
        config(
          indee(429, { status_code: 'W5001' }, { 'Retry-After': 'Tue, 01 Jan 2030 12:00:45 GMT' }),
        ),
      ),
    );
    expect(error.retryAfterMs).toBe(45_000);
  });

  it('is read on any status, even a proxy page', async () => {
    const error = await failure(
      requestCode(config(raw(503, '<html>busy</html>', { 'Retry-After': '7' }))),
    );
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.retryAfterMs).toBe(7_000);
  });

  it('is undefined when absent or garbage', async () => {
    const missing = await failure(requestCode(config(indee(429, { status_code: 'W5001' }))));
    expect(missing.retryAfterMs).toBeUndefined();
    const garbage = await failure(
      requestCode(config(indee(429, { status_code: 'W5001' }, { 'Retry-After': 'soon' }))),
    );
    expect(garbage.retryAfterMs).toBeUndefined();
  });
});
