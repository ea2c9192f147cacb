import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockIndeeFetcher, MOCK_SCENARIO_NAMES, type MockScenario } from '../../src/mock';
import { link, read, requestCode, settled } from './helpers';

const linked = { linkedPhone: { phone: 7400123456, countryCode: 44 } };

afterEach(() => {
  vi.useRealTimers();
});

describe('mock scenarios (the failures stories and host tests inject)', () => {
  it.each([
    ['W2000', 401],
    ['W2003', 401],
    ['W2101', 403],
    ['W5000', 500],
    ['W5001', 429],
  ] as const)('%s answers its documented HTTP status %i', async (code, status) => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    fetcher.failNext(code);
    const response = await requestCode(fetcher, 's');
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/);
    const answer = await read(response);
    expect(answer).toMatchObject({ status, code });
    expect(answer.detail).toEqual(expect.any(String));
    expect(response.headers.get('Retry-After')).toBe(code === 'W5001' ? '60' : null);
  });

  it('sends an unknown code or Retry-After as asked, the HTTP status defaulting to 500', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext({ statusCode: 'W4242', httpStatus: 418 });
    fetcher.failNext({ statusCode: 'W9999' });
    fetcher.failNext({ statusCode: 'W5001', retryAfterSeconds: 10 });
    expect(await read(await link(fetcher, 's'))).toMatchObject({ status: 418, code: 'W4242' });
    expect(await read(await link(fetcher, 's'))).toMatchObject({ status: 500, code: 'W9999' });
    const limited = await link(fetcher, 's');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('10');
  });

  it('http-200-w5000: the HTTP status and the W-code disagree', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('http-200-w5000');
    expect(await read(await link(fetcher, 's'))).toMatchObject({ status: 200, code: 'W5000' });
  });

  it('html-502: a proxy page that is not JSON', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('html-502');
    const response = await link(fetcher, 's');
    expect(response.status).toBe(502);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('empty-body: HTTP 200 with nothing in it', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('empty-body');
    const response = await link(fetcher, 's');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('truncated-json: JSON that does not parse', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('truncated-json');
    const response = await link(fetcher, 's');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('network-error: rejects with TypeError("Failed to fetch") like a browser', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('network-error');
    const failure = link(fetcher, 's');
    await expect(failure).rejects.toThrow(TypeError);
    await expect(failure).rejects.toThrow('Failed to fetch');
  });

  it('changes no state and uses no rate-limit budget when it injects a failure', async () => {
    const fetcher = createMockIndeeFetcher();
    for (let i = 0; i < 6; i++) fetcher.failNext('W5000');
    for (let i = 0; i < 6; i++) expect((await link(fetcher, 's')).status).toBe(500);
    expect(fetcher.linkedPhone('s')).toBeUndefined();
    expect((await link(fetcher, 's')).status).toBe(200);
    expect(fetcher.requests).toHaveLength(7);
  });

  it('failNext affects one matching request each, in order', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    fetcher.failNext('W5000');
    fetcher.failNext('W2003');
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await read(await requestCode(fetcher, 's'))).code);
    expect(codes).toEqual(['W5000', 'W2003', 'W0000']);
  });

  it('targets one endpoint when asked', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('W5000', { endpoint: 'request-code' });
    expect((await read(await link(fetcher, 's'))).code).toBe('W0000');
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W5000');
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W0000');
  });

  it('setScenario persists until cleared, and failNext goes first', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    fetcher.setScenario('W5000', { endpoint: 'request-code' });
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W5000');
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W5000');
    expect((await read(await link(fetcher, 's'))).code).toBe('W0000');
    fetcher.failNext('W2101');
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W2101');
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W5000');
    fetcher.setScenario(null);
    expect((await read(await requestCode(fetcher, 's'))).code).toBe('W0000');
  });

  it('starts with options.scenario at options.scenarioEndpoint', async () => {
    const fetcher = createMockIndeeFetcher({ scenario: 'W5000', scenarioEndpoint: 'link-phone' });
    expect((await link(fetcher, 's')).status).toBe(500);
    expect((await link(fetcher, 's')).status).toBe(500);
    fetcher.setScenario(null);
    expect((await link(fetcher, 's')).status).toBe(200);
    expect((await requestCode(fetcher, 's')).status).toBe(200);
  });

  it('refuses scenarios it does not know', () => {
    const fetcher = createMockIndeeFetcher();
    expect(() => fetcher.failNext('W1234' as MockScenario)).toThrow(TypeError);
    expect(() => fetcher.setScenario('nope' as MockScenario)).toThrow(TypeError);
    for (const name of MOCK_SCENARIO_NAMES) expect(() => fetcher.failNext(name)).not.toThrow();
  });

  it('hang: stays pending until the signal aborts, then rejects with an AbortError', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext('hang');
    const controller = new AbortController();
    const pending = link(fetcher, 's', undefined, { Authorization: 'Bearer demo-api-key' });
    expect(await settled(pending)).toBe(false);
    // The helper has no signal, so that call hangs for good; use one that can be aborted.
    fetcher.failNext('hang');
    const abortable = requestCode(fetcher, 's', undefined, { signal: controller.signal });
    expect(await settled(abortable)).toBe(false);
    controller.abort();
    const error = await abortable.catch((caught: unknown) => caught);
    // jsdom and Node each have a DOMException, so check the shape rather than the realm.
    expect((error as DOMException).name).toBe('AbortError');
    expect((error as DOMException).constructor.name).toBe('DOMException');
  });

  it('{ delayMs } slows the answer down, then answers normally', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher();
    fetcher.failNext({ delayMs: 1000 });
    let done = false;
    const answer = link(fetcher, 's').finally(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect((await read(await answer)).code).toBe('W0000');
  });
});

describe('mock latency and abort', () => {
  it('waits latencyMs (changed live by setLatency) before answering', async () => {
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
    fetcher.setLatency(0);
    expect((await link(fetcher, 't')).status).toBe(200);
    expect(() => fetcher.setLatency(-1)).toThrow(RangeError);
  });

  it('rejects with an AbortError when aborted during latency, and changes nothing', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher({ latencyMs: 400 });
    const controller = new AbortController();
    const caught = link(fetcher, 's').then(() => 'settled without signal');
    const aborted = fetcher('https://indee.test/api/v2/watch/content/screeners/t/2fa', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-api-key', 'Content-Type': 'application/json' },
      body: '{"phone":7400123456,"country_code":44}',
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(((await aborted) as DOMException).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await caught).toBe('settled without signal');
    expect(fetcher.linkedPhone('t')).toBeUndefined();
  });
});
