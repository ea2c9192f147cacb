import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkPhone, requestCode } from '../../src/api/client';
import type { TwoFactorAuth, TwoFactorClientConfig } from '../../src/api/types';
import { ok, recordingFetcher, rejectionOf } from './fake-fetcher';

const URL_ = 'https://api.indee.example/api/v2/watch/content/screeners/scr-123/2fa';
const BODY = { phone: 7400123456, country_code: 44 };
const BODY_TEXT = '{"phone":7400123456,"country_code":44}';

const AUTHS: Array<[string, TwoFactorAuth, string]> = [
  ['jwt string', { type: 'jwt', token: 'jwt.token.sig' }, 'JWT jwt.token.sig'],
  ['jwt getter', { type: 'jwt', token: () => 'jwt.from.getter' }, 'JWT jwt.from.getter'],
  ['api key', { type: 'apiKey', apiKey: 'key_ABC123' }, 'Bearer key_ABC123'],
];

function config(
  auth: TwoFactorAuth,
  fetcher: TwoFactorClientConfig['fetcher'],
  baseUrl = 'https://api.indee.example/api/',
): TwoFactorClientConfig {
  return { baseUrl, screenerKey: 'scr-123', auth, fetcher };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(AUTHS)('HTTP contract with %s auth', (_name, auth, authorization) => {
  it('POST .../2fa links the phone with the exact request', async () => {
    const { fetcher, calls } = recordingFetcher(ok());
    await expect(linkPhone(config(auth, fetcher), BODY)).resolves.toBeUndefined();

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.input).toBe(URL_);
    expect(call?.init).toStrictEqual({
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Authorization: authorization,
        'Content-Type': 'application/json',
      },
      body: BODY_TEXT,
      signal: expect.any(AbortSignal),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
    // Byte for byte, including key order, so a refactor cannot drift silently.
    expect(Object.keys(call?.init ?? {})).toEqual([
      'method',
      'headers',
      'body',
      'signal',
      'credentials',
      'cache',
      'redirect',
    ]);
    expect(Object.getPrototypeOf(call?.init.headers)).toBe(Object.prototype);
    expect(Object.keys(call?.init.headers ?? {})).toEqual([
      'Accept',
      'Authorization',
      'Content-Type',
    ]);
  });

  it('GET .../2fa requests a code with no body and no Content-Type', async () => {
    const { fetcher, calls } = recordingFetcher(ok());
    await expect(requestCode(config(auth, fetcher))).resolves.toBeUndefined();

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.input).toBe(URL_);
    expect(call?.init).toStrictEqual({
      method: 'GET',
      headers: { Accept: 'application/json', Authorization: authorization },
      signal: expect.any(AbortSignal),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
    expect('body' in (call?.init ?? {})).toBe(false);
    expect(call?.init.body).toBeUndefined();
    expect(Object.getPrototypeOf(call?.init.headers)).toBe(Object.prototype);
  });

  it('sends the same URL whether or not the base URL ends with a slash', async () => {
    const { fetcher, calls } = recordingFetcher(ok(), ok());
    await requestCode(config(auth, fetcher, 'https://api.indee.example/api'));
    await requestCode(config(auth, fetcher, 'https://api.indee.example/api/'));
    expect(calls.map((c) => c.input)).toEqual([URL_, URL_]);
  });
});

describe('request details', () => {
  const jwt: TwoFactorAuth = { type: 'jwt', token: 't' };

  it('encodes hostile keys as one segment with no query or fragment', async () => {
    const { fetcher, calls } = recordingFetcher(ok(), ok(), ok());
    for (const screenerKey of ['a/b?c#d', '../x', '%2F']) {
      await requestCode({ baseUrl: 'https://h.example/api', screenerKey, auth: jwt, fetcher });
    }
    expect(calls.map((c) => c.input)).toEqual([
      'https://h.example/api/v2/watch/content/screeners/a%2Fb%3Fc%23d/2fa',
      'https://h.example/api/v2/watch/content/screeners/..%2Fx/2fa',
      'https://h.example/api/v2/watch/content/screeners/%252F/2fa',
    ]);
  });

  it('rejects "." and ".." keys with a TypeError and sends nothing', async () => {
    const { fetcher, calls } = recordingFetcher();
    for (const screenerKey of ['.', '..', '']) {
      const error = await rejectionOf(
        requestCode({ baseUrl: 'https://h.example/api', screenerKey, auth: jwt, fetcher }),
      );
      expect(error).toBeInstanceOf(TypeError);
    }
    expect(calls).toHaveLength(0);
  });

  it('sends only phone and country_code, in that order', async () => {
    const { fetcher, calls } = recordingFetcher(ok());
    const body = { country_code: 1, extra: 'x', phone: 2025550123 };
    await linkPhone(config(jwt, fetcher), body);
    expect(calls[0]?.init.body).toBe('{"phone":2025550123,"country_code":1}');
  });

  it.each([
    ['zero phone', { phone: 0, country_code: 44 }],
    ['negative phone', { phone: -7400123456, country_code: 44 }],
    ['fractional phone', { phone: 7400123456.5, country_code: 44 }],
    ['NaN phone', { phone: Number.NaN, country_code: 44 }],
    ['unsafe phone', { phone: 2 ** 53, country_code: 44 }],
    ['string phone', { phone: '7400123456', country_code: 44 }],
    ['zero country code', { phone: 7400123456, country_code: 0 }],
    ['missing country code', { phone: 7400123456 }],
    ['Infinity country code', { phone: 7400123456, country_code: Number.POSITIVE_INFINITY }],
  ])('refuses a %s with a TypeError before sending', async (_name, body) => {
    const { fetcher, calls } = recordingFetcher(ok());
    const error = await rejectionOf(linkPhone(config(jwt, fetcher), body as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).not.toContain('7400123456');
    expect(calls).toHaveLength(0);
  });

  it('uses globalThis.fetch looked up at call time by default', async () => {
    const { fetcher, calls } = recordingFetcher(ok());
    vi.stubGlobal('fetch', fetcher);
    await requestCode({ baseUrl: 'https://h.example', screenerKey: 'k', auth: jwt });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input).toBe('https://h.example/v2/watch/content/screeners/k/2fa');
  });

  it('can be imported where fetch does not exist (SSR)', async () => {
    vi.stubGlobal('fetch', undefined);
    vi.resetModules();
    const api = {
      ...(await import('../../src/api/client')),
      ...(await import('../../src/api/errors')),
    };
    expect(typeof api.requestCode).toBe('function');
    // A call without any transport is a NETWORK failure, not a crash.
    const error = await rejectionOf(
      api.requestCode({ baseUrl: 'https://h.example', screenerKey: 'k', auth: jwt }),
    );
    expect(error).toBeInstanceOf(api.TwoFactorError);
    expect((error as InstanceType<typeof api.TwoFactorError>).code).toBe('NETWORK');
  });

  it('gives every request its own signal, distinct from the caller signal', async () => {
    const { fetcher, calls } = recordingFetcher(ok());
    const caller = new AbortController();
    await requestCode(config(jwt, fetcher), { signal: caller.signal });
    expect(calls[0]?.init.signal).not.toBe(caller.signal);
    expect(calls[0]?.init.signal?.aborted).toBe(false);
  });
});
