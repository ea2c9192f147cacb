import { describe, expect, it } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { link, manualClock, read, requestCode } from './helpers';

const linked = { linkedPhone: { phone: 7400123456, countryCode: 44 } };

describe('mock rate limit', () => {
  it('answers the 6th request in a minute with 429 W5001 and Retry-After in seconds', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({ now: clock.now, screeners: { s: linked } });
    for (let i = 0; i < 5; i++) {
      expect((await read(await requestCode(fetcher, 's'))).code).toBe('W0000');
      clock.advance(2000);
    }
    const limited = await requestCode(fetcher, 's');
    expect(limited.headers.get('Retry-After')).toBe('50');
    expect(await read(limited)).toMatchObject({ status: 429, code: 'W5001' });
    expect(fetcher.sentMessages).toHaveLength(5);
  });

  it('sends an HTTP date when asked, rounded up to a whole second', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({
      now: clock.now,
      retryAfterFormat: 'http-date',
      screeners: { s: linked },
    });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 's');
    clock.advance(500);
    const limited = await requestCode(fetcher, 's');
    expect(limited.status).toBe(429);
    // Free again at start + 60 s, which is 59.5 s from now.
    expect(limited.headers.get('Retry-After')).toBe(
      new Date(clock.now() - 500 + 60_000).toUTCString(),
    );
  });

  it('sends no Retry-After with the none format', async () => {
    const fetcher = createMockIndeeFetcher({ retryAfterFormat: 'none', screeners: { s: linked } });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 's');
    const limited = await requestCode(fetcher, 's');
    expect(limited.status).toBe(429);
    expect(limited.headers.has('Retry-After')).toBe(false);
  });

  it('lets requests through again once the window has passed', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({ now: clock.now, screeners: { s: linked } });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 's');
    clock.advance(59_999);
    expect((await requestCode(fetcher, 's')).status).toBe(429);
    expect((await requestCode(fetcher, 's')).headers.get('Retry-After')).toBe('1');
    clock.advance(1);
    // Refused requests were not counted, so a full budget is back.
    for (let i = 0; i < 5; i++) expect((await requestCode(fetcher, 's')).status).toBe(200);
    expect((await requestCode(fetcher, 's')).status).toBe(429);
  });

  it('counts each screener and each endpoint apart', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { a: linked, b: linked } });
    for (let i = 0; i < 5; i++) await requestCode(fetcher, 'a');
    expect((await requestCode(fetcher, 'a')).status).toBe(429);
    expect((await requestCode(fetcher, 'b')).status).toBe(200);
    expect((await link(fetcher, 'a')).status).toBe(200);
    for (let i = 0; i < 4; i++) await link(fetcher, 'a');
    expect(await read(await link(fetcher, 'a'))).toMatchObject({ status: 429, code: 'W5001' });
  });

  it('counts only authenticated requests', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { s: linked } });
    for (let i = 0; i < 10; i++) await requestCode(fetcher, 's', { Authorization: 'Bearer wrong' });
    expect((await requestCode(fetcher, 's')).status).toBe(200);
  });

  it('follows a custom limit, and can be switched off', async () => {
    const clock = manualClock();
    const tight = createMockIndeeFetcher({
      now: clock.now,
      rateLimit: { max: 1, windowMs: 10_000 },
      screeners: { s: linked },
    });
    expect((await requestCode(tight, 's')).status).toBe(200);
    const limited = await requestCode(tight, 's');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('10');
    clock.advance(10_000);
    expect((await requestCode(tight, 's')).status).toBe(200);

    const open = createMockIndeeFetcher({ rateLimit: false, screeners: { s: linked } });
    for (let i = 0; i < 20; i++) expect((await requestCode(open, 's')).status).toBe(200);
  });
});
