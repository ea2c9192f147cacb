import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { link, read, requestCode } from './helpers';

const linked = { linkedPhone: { phone: 7400123456, countryCode: 44 } };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('mock rate limit: 5 requests a minute per screener and endpoint', () => {
  it('answers the 6th request in a minute with 429 W5001 and Retry-After in seconds', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    for (let i = 0; i < 5; i++) {
      expect((await read(await requestCode(fetcher, 's'))).code).toBe('W0000');
      vi.advanceTimersByTime(2000);
    }
    const limited = await requestCode(fetcher, 's');
    expect(limited.headers.get('Retry-After')).toBe('50');
    expect(await read(limited)).toMatchObject({ status: 429, code: 'W5001' });
    expect(fetcher.sentMessages).toHaveLength(5);
  });

  it('lets requests through again once the window has passed', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 's');
    vi.advanceTimersByTime(59_999);
    expect((await requestCode(fetcher, 's')).headers.get('Retry-After')).toBe('1');
    vi.advanceTimersByTime(1);
    // Refused requests were not counted, so a full budget is back.
    for (let i = 0; i < 5; i++) expect((await requestCode(fetcher, 's')).status).toBe(200);
    expect((await requestCode(fetcher, 's')).status).toBe(429);
  });

  it('counts each screener and each endpoint apart, and only authenticated requests', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { a: linked, b: linked } });
    for (let i = 0; i < 10; i++) await requestCode(fetcher, 'a', { Authorization: 'Bearer wrong' });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 'a');
    expect((await requestCode(fetcher, 'a')).status).toBe(429);
    expect((await requestCode(fetcher, 'b')).status).toBe(200);
    expect((await link(fetcher, 'a')).status).toBe(200);
  });

  it('is off with rateLimit: false', async () => {
    const fetcher = createMockIndeeFetcher({ rateLimit: false, screeners: { s: linked } });
    for (let i = 0; i < 20; i++) expect((await requestCode(fetcher, 's')).status).toBe(200);
  });
});
