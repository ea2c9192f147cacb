/**
 * Tests added for mutants that survived `npm run test:mutation` in src/api: each
 * pins a documented behaviour the other suites left implicit (error texts name the field,
 * never the value; abort helpers; default timeouts; guards on odd bodies and states).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { abortable, abortError, throwIfAborted } from '../../src/api/abort';
import { linkPhone, requestCode } from '../../src/api/client';
import {
  assertNever,
  errorKind,
  isAbortError,
  isAuthError,
  isRetryable,
  TwoFactorError,
  type TwoFactorErrorCode,
} from '../../src/api/errors';
import { parseRetryAfter } from '../../src/api/retry-after';
import type { TwoFactorAuth, TwoFactorClientConfig } from '../../src/api/types';
import { buildTwoFactorUrl, encodeScreenerKey } from '../../src/api/url';
import { hangUntilAborted, indee, ok, raw, recordingFetcher, type Step } from '../api/fake-fetcher';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const config = (step: Step[], extra: Partial<TwoFactorClientConfig> = {}) => {
  const { fetcher, calls } = recordingFetcher(...step);
  const cfg: TwoFactorClientConfig = {
    baseUrl: 'https://api.example.test',
    screenerKey: 'k',
    auth: { type: 'apiKey', apiKey: 'key-1' },
    fetcher,
    ...extra,
  };
  return { cfg, calls };
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('abort helpers', () => {
  it('abortable never starts work for an already aborted signal', async () => {
    const controller = new AbortController();
    const reason = new DOMException('gone', 'AbortError');
    controller.abort(reason);
    const start = vi.fn(() => 1);
    await expect(abortable(start, controller.signal)).rejects.toBe(reason);
    expect(start).not.toHaveBeenCalled();
  });

  it('throwIfAborted throws only for an aborted signal', () => {
    expect(() => throwIfAborted(undefined)).not.toThrow();
    expect(() => throwIfAborted(new AbortController().signal)).not.toThrow();
    const controller = new AbortController();
    controller.abort('custom reason');
    expect(() => throwIfAborted(controller.signal)).toThrow('The 2FA request was aborted.');
  });

  it('abortError keeps an AbortError reason and replaces any other', () => {
    const own = new AbortController();
    own.abort();
    expect(abortError(own.signal)).toBe(own.signal.reason);
    const custom = new AbortController();
    custom.abort(new Error('nope'));
    const replaced = abortError(custom.signal) as DOMException;
    expect(replaced).toBeInstanceOf(DOMException);
    expect(replaced).toMatchObject({ name: 'AbortError', message: 'The 2FA request was aborted.' });
  });

  it('abortError works where DOMException does not exist (old TV browsers)', () => {
    const custom = new AbortController();
    custom.abort('plain');
    vi.stubGlobal('DOMException', undefined);
    const error = abortError(custom.signal) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AbortError', message: 'The 2FA request was aborted.' });
  });
});

describe('client guards', () => {
  it.each([
    ['a null body', null, /phone must be a positive safe integer/],
    ['phone 0', { phone: 0, country_code: 44 }, /phone must be/],
    ['a negative phone', { phone: -7400123456, country_code: 44 }, /phone must be/],
    ['a fractional phone', { phone: 7400.5, country_code: 44 }, /phone must be/],
    ['an unsafe phone', { phone: 2 ** 53, country_code: 44 }, /phone must be/],
    ['a string phone', { phone: '7400123456', country_code: 44 }, /phone must be/],
    ['a missing country code', { phone: 7400123456 }, /country_code must be/],
  ])(
    'linkPhone refuses %s with a TypeError naming the field, sending nothing',
    async (_, body, message) => {
      const { cfg, calls } = config([]);
      const error = await failure(linkPhone(cfg, body as never));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('7400');
      expect(calls).toHaveLength(0);
    },
  );

  it.each([
    ['no auth at all', undefined],
    ['an unknown auth type', { type: 'basic', token: 'x' }],
  ])('%s is W2000 with a TypeError cause, before any request', async (_, auth) => {
    const { cfg, calls } = config([], { auth: auth as unknown as TwoFactorAuth });
    const error = (await failure(requestCode(cfg))) as TwoFactorError;
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error).toMatchObject({ code: 'W2000', endpoint: 'request-code' });
    expect((error.cause as Error).message).toMatch(/auth\.type must be "jwt" or "apiKey"/);
    expect(calls).toHaveLength(0);
  });

  it('explains an unusable API key or JWT in the cause, never in the message', async () => {
    const key = config([], { auth: { type: 'apiKey', apiKey: 'bad key\n' } });
    const keyError = (await failure(
      linkPhone(key.cfg, { phone: 1, country_code: 1 }),
    )) as TwoFactorError;
    expect(keyError).toMatchObject({ code: 'W2000', endpoint: 'link-phone' });
    expect((keyError.cause as Error).message).toMatch(
      /apiKey is empty or not a valid header value/,
    );
    const jwt = config([], { auth: { type: 'jwt', token: 'bad token' } });
    const jwtError = (await failure(requestCode(jwt.cfg))) as TwoFactorError;
    expect(jwtError).toMatchObject({ code: 'W2003', endpoint: 'request-code' });
    expect((jwtError.cause as Error).message).toMatch(/JWT is empty or not a valid header value/);
    expect(jwtError.message).not.toContain('bad token');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '100'])(
    'falls back to the 15 s timeout for requestTimeoutMs %s',
    async (requestTimeoutMs) => {
      vi.useFakeTimers();
      const { cfg } = config([hangUntilAborted], { requestTimeoutMs: requestTimeoutMs as number });
      const settled = vi.fn();
      const pending = requestCode(cfg).catch((error: TwoFactorError) => {
        settled(error.code);
      });
      await vi.advanceTimersByTimeAsync(14_999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await pending;
      expect(settled).toHaveBeenCalledWith('TIMEOUT');
    },
  );

  it('a caller signal that never aborts leaves TIMEOUT and NETWORK as they are', async () => {
    const signal = new AbortController().signal;
    const slow = config([hangUntilAborted], { requestTimeoutMs: 20 });
    expect(await failure(requestCode(slow.cfg, { signal }))).toMatchObject({ code: 'TIMEOUT' });
    const down = config([new TypeError('Failed to fetch')]);
    expect(await failure(requestCode(down.cfg, { signal }))).toMatchObject({ code: 'NETWORK' });
  });
});

describe('odd bodies', () => {
  it.each([
    ['JSON null', 'null'],
    ['a JSON string', '"W5000"'],
    ['an array', '[{"status_code":"W5000"}]'],
    ['a status code in an array', '{"status_code":["W5000"]}'],
    ['a numeric status code', '{"status_code":5000}'],
    ['a status code with a suffix', '{"status_code":"W5000x"}'],
  ])('%s is BAD_RESPONSE', async (_, body) => {
    const { cfg } = config([raw(500, body)]);
    const error = (await failure(requestCode(cfg))) as TwoFactorError;
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('keeps a string detail without a W-code for the logs', async () => {
    const { cfg } = config([indee(404, { detail: 'Not found.' })]);
    expect(await failure(requestCode(cfg))).toMatchObject({
      code: 'BAD_RESPONSE',
      detail: 'Not found.',
    });
  });

  it('succeeds on W0000 with 2xx, so the happy path stays reachable', async () => {
    const { cfg } = config([ok()]);
    await expect(requestCode(cfg)).resolves.toBeUndefined();
  });
});

describe('Retry-After and URL inputs', () => {
  it('reads an HTTP date only when it starts with a day name', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('12 Jan, 2030 00:00:10 GMT', now)).toBeUndefined();
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('   ', now)).toBeUndefined();
  });

  it.each([
    ['', /screenerKey must be a non-empty string/],
    ['..', /screenerKey cannot be "\." or "\.\."/],
    ['a\ud800', /screenerKey is not well-formed Unicode/],
  ])('encodeScreenerKey(%j) throws a TypeError that explains why', (key, message) => {
    expect(() => encodeScreenerKey(key)).toThrow(TypeError);
    expect(() => encodeScreenerKey(key)).toThrow(message);
  });

  it.each([
    ['   ', /baseUrl must be a non-empty string/],
    ['https://h.test/api?x=1', /baseUrl cannot contain a query or fragment/],
    ['https://h.test/api#top', /baseUrl cannot contain a query or fragment/],
  ])('buildTwoFactorUrl(%j) throws a TypeError that explains why', (base, message) => {
    expect(() => buildTwoFactorUrl(base, 'k')).toThrow(TypeError);
    expect(() => buildTwoFactorUrl(base, 'k')).toThrow(message);
  });
});

describe('TwoFactorError', () => {
  it('has a fixed name, a loggable message and a cause only when given one', () => {
    const plain = new TwoFactorError('NETWORK');
    expect(plain.name).toBe('TwoFactorError');
    expect(plain.message).toBe('Screener 2FA request failed: NETWORK');
    expect('cause' in plain).toBe(false);
    const full = new TwoFactorError('W5000', { endpoint: 'link-phone', httpStatus: 500, cause: 1 });
    expect(full.message).toBe('Screener 2FA link-phone failed: W5000 (HTTP 500)');
    expect(full.cause).toBe(1);
  });

  const table: [TwoFactorErrorCode, boolean, boolean][] = [
    ['W2000', true, false],
    ['W2003', true, false],
    ['W2101', true, false],
    ['W5001', false, true],
    ['W5000', false, true],
    ['W4242', false, true],
    ['NETWORK', false, true],
    ['TIMEOUT', false, true],
    ['BAD_RESPONSE', false, true],
    ['CODE_REJECTED', false, true],
  ];
  it.each(table)('%s: auth error %s, retryable %s', (code, auth, retryable) => {
    const error = new TwoFactorError(code);
    expect(isAuthError(error)).toBe(auth);
    expect(isRetryable(error)).toBe(retryable);
  });

  it('maps inherited property names to unknown-code, and assertNever throws', () => {
    expect(errorKind('toString' as TwoFactorErrorCode)).toBe('unknown-code');
    expect(() => assertNever('x' as never)).toThrow('Unhandled case: x');
  });

  it.each([
    [null, false],
    [undefined, false],
    ['AbortError', false],
    [Object.defineProperty(() => {}, 'name', { value: 'AbortError' }), false],
    [{ name: 'AbortError' }, true],
    [new DOMException('x', 'AbortError'), true],
    [new Error('x'), false],
  ])('isAbortError(%s) is %s', (value, expected) => {
    expect(isAbortError(value)).toBe(expected);
  });
});
