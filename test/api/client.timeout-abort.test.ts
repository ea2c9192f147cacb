import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REQUEST_TIMEOUT_MS, linkPhone, requestCode } from '../../src/api/client';
import { isAbortError, TwoFactorError } from '../../src/api/errors';
import type { TokenGetter } from '../../src/api/types';
import { jwt, phone, setup, W2003 } from './client-harness';
import {
  bodyNeverEnds,
  hangForever,
  hangUntilAborted,
  indee,
  ok,
  rejectionOf,
  track,
} from './fake-fetcher';

afterEach(() => {
  vi.useRealTimers();
});

describe('timeout', () => {
  it('aborts after 15 s by default and reports TIMEOUT', async () => {
    vi.useFakeTimers();
    const { config, calls } = setup(jwt, hangUntilAborted);
    const state = track(requestCode(config));
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS - 1);
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
    expect(state.error).toBeInstanceOf(TwoFactorError);
    expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
    expect((state.error as TwoFactorError).kind).toBe('timeout');
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('honours requestTimeoutMs', async () => {
    vi.useFakeTimers();
    const { config } = setup(jwt, hangUntilAborted);
    const state = track(linkPhone({ ...config, requestTimeoutMs: 500 }, phone));
    await vi.advanceTimersByTimeAsync(499);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
    expect((state.error as TwoFactorError).endpoint).toBe('link-phone');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'falls back to 15 s for requestTimeoutMs %s',
    async (requestTimeoutMs) => {
      vi.useFakeTimers();
      const { config } = setup(jwt, hangUntilAborted);
      const state = track(requestCode({ ...config, requestTimeoutMs }));
      await vi.advanceTimersByTimeAsync(14_999);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
    },
  );

  it('holds even when the fetcher ignores its signal', async () => {
    vi.useFakeTimers();
    const { config } = setup(jwt, hangForever);
    const state = track(requestCode({ ...config, requestTimeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
  });

  it('covers reading the body', async () => {
    vi.useFakeTimers();
    const { config } = setup(jwt, bodyNeverEnds);
    const state = track(requestCode({ ...config, requestTimeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((state.error as TwoFactorError).code).toBe('TIMEOUT');
    expect((state.error as TwoFactorError).httpStatus).toBe(200);
  });

  it('leaves no timer behind after success or failure', async () => {
    vi.useFakeTimers();
    const { config } = setup(jwt, ok(), indee(500, { status_code: 'W5000' }), new Error('x'));
    await requestCode(config);
    expect(vi.getTimerCount()).toBe(0);
    await rejectionOf(requestCode(config));
    expect(vi.getTimerCount()).toBe(0);
    await rejectionOf(requestCode(config));
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('caller abort', () => {
  it('rejects with the abort reason, never a TwoFactorError', async () => {
    const { config, calls } = setup(jwt, hangUntilAborted);
    const controller = new AbortController();
    const promise = requestCode(config, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    const error = await rejectionOf(promise);
    expect(error).toBe(controller.signal.reason);
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TwoFactorError);
    expect(calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('turns a custom reason into an AbortError', async () => {
    const { config, calls } = setup(jwt, hangUntilAborted);
    const controller = new AbortController();
    const promise = linkPhone(config, phone, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort('unmounted');
    const error = await rejectionOf(promise);
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TwoFactorError);
  });

  it('interrupts a body read', async () => {
    const { config, calls } = setup(jwt, bodyNeverEnds);
    const controller = new AbortController();
    const promise = requestCode(config, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    expect(isAbortError(await rejectionOf(promise))).toBe(true);
  });

  it('sends nothing and asks for no token when already aborted', async () => {
    const getter = vi.fn<TokenGetter>(() => 'jwt');
    const { config, calls } = setup({ type: 'jwt', token: getter }, ok());
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(linkPhone(config, phone, { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TwoFactorError);
    expect(calls).toHaveLength(0);
    expect(getter).not.toHaveBeenCalled();
  });

  it('sends nothing when aborted while the token getter is pending', async () => {
    let release: (token: string) => void = () => {};
    const getter = vi.fn<TokenGetter>(() => new Promise<string>((r) => (release = r)));
    const { config, calls } = setup({ type: 'jwt', token: getter }, ok());
    const controller = new AbortController();
    const promise = requestCode(config, { signal: controller.signal });
    await vi.waitFor(() => expect(getter).toHaveBeenCalledTimes(1));
    controller.abort();
    release('late-token');
    expect(isAbortError(await rejectionOf(promise))).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('removes every abort listener it adds', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    // A token getter too: waiting for it also listens to the caller's signal.
    const getter: TokenGetter = ({ refresh }) => (refresh ? 'fresh' : 'stale');
    const { config } = setup(
      { type: 'jwt', token: getter },
      ok(),
      W2003(),
      ok(),
      new Error('down'),
    );
    await requestCode(config, { signal: controller.signal });
    await requestCode(config, { signal: controller.signal }); // W2003, refresh, success
    await rejectionOf(linkPhone(config, phone, { signal: controller.signal }));
    // 4 getter calls and 4 requests, each listening only while it runs.
    expect(add.mock.calls.length).toBe(8);
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
    for (const [type, listener] of add.mock.calls) {
      expect(remove.mock.calls).toContainEqual([type, listener]);
    }
  });
});
