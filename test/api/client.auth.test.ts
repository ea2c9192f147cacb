import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkPhone, requestCode } from '../../src/api/client';
import { TwoFactorError } from '../../src/api/errors';
import type { TokenGetter, TwoFactorAuth } from '../../src/api/types';
import { jwt, phone, setup, W2003 } from './client-harness';
import { hangUntilAborted, indee, ok, rejectionOf, type Step, track } from './fake-fetcher';

afterEach(() => {
  vi.useRealTimers();
});

describe('token refresh', () => {
  it('asks again with refresh:true after W2003 and retries once with the new token', async () => {
    const getter = vi.fn<TokenGetter>(({ refresh }) => (refresh ? 'fresh-jwt' : 'stale-jwt'));
    const { config, calls } = setup({ type: 'jwt', token: getter }, W2003(), ok());
    await expect(linkPhone(config, phone)).resolves.toBeUndefined();
    expect(getter.mock.calls).toEqual([[{ refresh: false }], [{ refresh: true }]]);
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => (c.init.headers as Record<string, string>).Authorization)).toEqual([
      'JWT stale-jwt',
      'JWT fresh-jwt',
    ]);
    expect(calls[1]?.init.body).toBe(calls[0]?.init.body);
    expect(calls[1]?.init.signal).not.toBe(calls[0]?.init.signal);
  });

  it('works with an async getter', async () => {
    const getter = vi.fn<TokenGetter>(async ({ refresh }) => (refresh ? 'b' : 'a'));
    const { config, calls } = setup({ type: 'jwt', token: getter }, W2003(), ok());
    await requestCode(config);
    expect(calls).toHaveLength(2);
  });

  it('treats a second W2003 as final', async () => {
    const getter = vi.fn<TokenGetter>(({ refresh }) => (refresh ? 'b' : 'a'));
    const { config, calls } = setup({ type: 'jwt', token: getter }, W2003(), W2003());
    const error = (await rejectionOf(requestCode(config))) as TwoFactorError;
    expect(error.code).toBe('W2003');
    expect(error.httpStatus).toBe(401);
    expect(calls).toHaveLength(2);
    expect(getter).toHaveBeenCalledTimes(2);
  });

  it('reports whatever the retry answers', async () => {
    const getter = vi.fn<TokenGetter>(() => 't');
    const { config } = setup(
      { type: 'jwt', token: getter },
      W2003(),
      indee(500, { status_code: 'W5000' }),
    );
    expect(((await rejectionOf(requestCode(config))) as TwoFactorError).code).toBe('W5000');
  });

  it('does not refresh on other auth failures', async () => {
    const getter = vi.fn<TokenGetter>(() => 't');
    const { config, calls } = setup(
      { type: 'jwt', token: getter },
      indee(401, { status_code: 'W2000' }),
    );
    expect(((await rejectionOf(requestCode(config))) as TwoFactorError).code).toBe('W2000');
    expect(calls).toHaveLength(1);
    expect(getter).toHaveBeenCalledTimes(1);
  });

  it('does not retry a string token', async () => {
    const { config, calls } = setup(jwt, W2003(), ok());
    expect(((await rejectionOf(requestCode(config))) as TwoFactorError).code).toBe('W2003');
    expect(calls).toHaveLength(1);
  });

  it('does not retry an API key, and never sends it as a JWT', async () => {
    const { config, calls } = setup({ type: 'apiKey', apiKey: 'the-api-key' }, W2003(), ok());
    expect(((await rejectionOf(linkPhone(config, phone))) as TwoFactorError).code).toBe('W2003');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.headers).toEqual({
      Accept: 'application/json',
      Authorization: 'Bearer the-api-key',
      'Content-Type': 'application/json',
    });
  });

  it('times each attempt separately', async () => {
    vi.useFakeTimers();
    const getter = vi.fn<TokenGetter>(() => 't');
    const { config, calls } = setup({ type: 'jwt', token: getter }, W2003(), hangUntilAborted);
    const state = track(requestCode({ ...config, requestTimeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
  });
});

describe('a host that cannot supply a token', () => {
  const boom = new Error('refresh token expired');

  it.each<[string, TokenGetter]>([
    [
      'throws',
      () => {
        throw boom;
      },
    ],
    ['rejects', () => Promise.reject(boom)],
  ])('getter that %s: W2003 without a request, cause kept', async (_name, getter) => {
    const { config, calls } = setup({ type: 'jwt', token: getter }, ok());
    const error = (await rejectionOf(requestCode(config))) as TwoFactorError;
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error.code).toBe('W2003');
    expect(error.httpStatus).toBeUndefined();
    expect(error.endpoint).toBe('request-code');
    expect(error.cause).toBe(boom);
    expect(calls).toHaveLength(0);
  });

  it.each(['', 42, undefined, null, 'has space', 'line\nbreak'])(
    'getter returning %j: W2003 without a request',
    async (value) => {
      const getter = vi.fn(() => value) as unknown as TokenGetter;
      const { config, calls } = setup({ type: 'jwt', token: getter }, ok());
      const error = (await rejectionOf(requestCode(config))) as TwoFactorError;
      expect(error.code).toBe('W2003');
      expect(calls).toHaveLength(0);
      expect(getter).toHaveBeenCalledTimes(1);
    },
  );

  it('getter failing on refresh: W2003 after exactly one request', async () => {
    const getter = vi.fn<TokenGetter>(({ refresh }) => {
      if (refresh) throw boom;
      return 'stale';
    });
    const { config, calls } = setup({ type: 'jwt', token: getter }, W2003(), ok());
    const error = (await rejectionOf(requestCode(config))) as TwoFactorError;
    expect(error.code).toBe('W2003');
    expect(error.cause).toBe(boom);
    expect(calls).toHaveLength(1);
  });

  it('an empty string token: W2003 without a request', async () => {
    const { config, calls } = setup({ type: 'jwt', token: '' }, ok());
    expect(((await rejectionOf(requestCode(config))) as TwoFactorError).code).toBe('W2003');
    expect(calls).toHaveLength(0);
  });

  it('an empty API key: W2000 without a request', async () => {
    const { config, calls } = setup({ type: 'apiKey', apiKey: '' }, ok());
    expect(((await rejectionOf(requestCode(config))) as TwoFactorError).code).toBe('W2000');
    expect(calls).toHaveLength(0);
  });
});

describe('secrets and logging', () => {
  it('never logs and never puts token, key or phone in an error message', async () => {
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
    const spies = methods.map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const secrets = ['SECRET-JWT-1', 'SECRET-JWT-2', 'SECRET-API-KEY', '7400123456'];
    const getter: TokenGetter = ({ refresh }) => (refresh ? 'SECRET-JWT-2' : 'SECRET-JWT-1');
    const errors: unknown[] = [];
    const runs: Array<[TwoFactorAuth, Step[]]> = [
      [{ type: 'jwt', token: getter }, [W2003(), W2003()]],
      [{ type: 'jwt', token: 'SECRET-JWT-1' }, [indee(429, { status_code: 'W5001' })]],
      [{ type: 'apiKey', apiKey: 'SECRET-API-KEY' }, [indee(403, { status_code: 'W2101' })]],
      [{ type: 'apiKey', apiKey: 'SECRET-API-KEY' }, [new TypeError('Failed to fetch')]],
      [{ type: 'jwt', token: 'SECRET-JWT-1' }, [indee(500, { status_code: 'W0000' })]],
      [{ type: 'jwt', token: 'SECRET-JWT-1' }, [indee(418, { status_code: 'W4242' })]],
    ];
    for (const [auth, script] of runs) {
      const { config } = setup(auth, ...script);
      errors.push(await rejectionOf(linkPhone(config, phone)));
    }
    expect(errors).toHaveLength(runs.length);
    for (const error of errors) {
      expect(error).toBeInstanceOf(TwoFactorError);
      for (const secret of secrets) expect((error as Error).message).not.toContain(secret);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
