import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { link, read, requestCode } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

function abortName(error: unknown): unknown {
  return (error as { name?: unknown }).name;
}

describe('mock latency and abort', () => {
  it('waits latencyMs before answering', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher({ latencyMs: 400 });
    let done = false;
    const answer = link(fetcher, 's').finally(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(399);
    expect(done).toBe(false);
    expect(fetcher.linkedPhone('s')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect((await read(await answer)).code).toBe('W0000');
  });

  it('rejects with an AbortError when aborted during latency, and changes nothing', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher({ latencyMs: 400 });
    const controller = new AbortController();
    const answer = fetcher('https://indee.test/v2/watch/content/screeners/s/2fa', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-api-key', 'Content-Type': 'application/json' },
      body: '{"phone":7400123456,"country_code":44}',
      signal: controller.signal,
    });
    const caught = answer.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(abortName(await caught)).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetcher.linkedPhone('s')).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once, recording nothing, when the signal is already aborted', async () => {
    const fetcher = createMockIndeeFetcher();
    const error = await requestCode(fetcher, 's', undefined, { signal: AbortSignal.abort() }).catch(
      (caught: unknown) => caught,
    );
    expect(abortName(error)).toBe('AbortError');
    expect(fetcher.requests).toHaveLength(0);
  });

  it('rejects with the signal’s own reason, as fetch does', async () => {
    const fetcher = createMockIndeeFetcher({ latencyMs: 50 });
    const controller = new AbortController();
    const reason = new Error('unmounted');
    const answer = requestCode(fetcher, 's', undefined, { signal: controller.signal });
    controller.abort(reason);
    await expect(answer).rejects.toBe(reason);
  });

  it('lets setLatency change the delay', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher();
    fetcher.setLatency(200);
    let done = false;
    const answer = link(fetcher, 's').finally(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer).status).toBe(200);
    expect(() => fetcher.setLatency(-1)).toThrow(RangeError);
  });

  it('answers asynchronously even without latency', async () => {
    const fetcher = createMockIndeeFetcher();
    let done = false;
    const answer = link(fetcher, 's').finally(() => {
      done = true;
    });
    expect(done).toBe(false);
    await answer;
    expect(done).toBe(true);
  });
});
