import { describe, expect, it } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { API_KEY, link, read, UK_PHONE, url } from './helpers';

const jsonPost = (authorization = API_KEY): RequestInit => ({
  method: 'POST',
  headers: { ...authorization, 'Content-Type': 'application/json' },
  body: JSON.stringify(UK_PHONE),
});

describe('mock routing', () => {
  it('treats a percent-encoded key as one screener', async () => {
    const fetcher = createMockIndeeFetcher();
    expect((await read(await link(fetcher, 'a/b'))).code).toBe('W0000');
    expect(fetcher.requests[0]?.url).toContain('/screeners/a%2Fb/2fa');
    expect(fetcher.linkedPhone('a/b')).toEqual({ phone: 7400123456, countryCode: 44 });
    expect(fetcher.linkedPhone('a')).toBeUndefined();
    expect(fetcher.linkedPhone('a%2Fb')).toBeUndefined();
  });

  it.each(['a?b=c', 'x#y', 'ключ', ' spaced ', '%41'])('routes the key %j', async (key) => {
    const fetcher = createMockIndeeFetcher();
    expect((await read(await link(fetcher, key))).code).toBe('W0000');
    expect(fetcher.linkedPhone(key)).toBeDefined();
  });

  it('answers 404 with HTML when a key is not encoded', async () => {
    const fetcher = createMockIndeeFetcher();
    const response = await fetcher(
      `https://indee.test/api/v2/watch/content/screeners/a/b/2fa`,
      jsonPost(),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    await expect(response.clone().json()).rejects.toThrow(SyntaxError);
    expect(fetcher.linkedPhone('a/b')).toBeUndefined();
  });

  it('resolves dot segments as a browser would, so `..` can never reach the endpoint', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const segment of ['..', '%2E%2E', '.']) {
      const response = await fetcher(
        `https://indee.test/api/v2/watch/content/screeners/${segment}/2fa`,
        jsonPost(),
      );
      expect(response.status).toBe(404);
    }
    // Encoded as one segment, `../x` is an ordinary key.
    expect((await read(await link(fetcher, '../x'))).code).toBe('W0000');
    expect(fetcher.linkedPhone('../x')).toBeDefined();
  });

  it('works with and without a trailing slash on the base, and with relative URLs', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const base of ['https://indee.test/api/', 'https://indee.test/', '/api/', '']) {
      expect((await fetcher(url('s', base), jsonPost())).status).toBe(200);
    }
  });

  it('answers 404 for empty segments, malformed escapes and other paths', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const path of [
      'https://indee.test/api//v2/watch/content/screeners/s/2fa',
      'https://indee.test/api/v2/watch/content/screeners//2fa',
      'https://indee.test/api/v2/watch/content/screeners/%E0%A4%A/2fa',
      'https://indee.test/api/v2/watch/content/screeners/s/2fa/',
      'https://indee.test/api/v2/watch/stream/s/playback',
      'https://indee.test/',
      'http://[bad',
    ]) {
      const response = await fetcher(path, jsonPost());
      expect(response.status, path).toBe(404);
      expect(await response.text()).toMatch(/404 Not Found/);
    }
  });

  it('ignores a query string', async () => {
    const fetcher = createMockIndeeFetcher();
    expect((await fetcher(`${url('s')}?cache=1`, jsonPost())).status).toBe(200);
  });

  it('answers other methods with 405, W5000 and Allow', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetcher(url('s'), { ...jsonPost(), method });
      expect(response.headers.get('Allow')).toBe('GET, POST');
      expect(await read(response)).toMatchObject({ status: 405, code: 'W5000' });
    }
  });

  it('treats a missing method as GET and methods case-insensitively', async () => {
    const fetcher = createMockIndeeFetcher();
    expect((await read(await fetcher(url('s'), { headers: API_KEY }))).status).toBe(400);
    expect((await read(await fetcher(url('s'), { ...jsonPost(), method: 'post' }))).code).toBe(
      'W0000',
    );
    expect(fetcher.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });
});

describe('mock recording and reset', () => {
  it('records every call with raw headers and body', async () => {
    const clock = { now: () => 42 };
    const fetcher = createMockIndeeFetcher({ now: clock.now });
    await link(fetcher, 's');
    await fetcher('https://indee.test/elsewhere', { headers: [['X-Trace', '1']] });
    expect(fetcher.requests).toEqual([
      {
        method: 'POST',
        url: url('s'),
        headers: { authorization: 'Bearer demo-api-key', 'content-type': 'application/json' },
        body: JSON.stringify(UK_PHONE),
        at: 42,
      },
      {
        method: 'GET',
        url: 'https://indee.test/elsewhere',
        headers: { 'x-trace': '1' },
        body: undefined,
        at: 42,
      },
    ]);
  });

  it('reset restores what the options describe', async () => {
    const fetcher = createMockIndeeFetcher({
      codes: ['111111'],
      rateLimit: { max: 1 },
      screeners: { pre: { linkedPhone: { phone: 5, countryCode: 1 } } },
    });
    await link(fetcher, 'pre', UK_PHONE);
    await fetcher(url('pre'), { headers: API_KEY });
    fetcher.expireToken('demo-api-key');
    fetcher.setScenario('W5000');
    fetcher.failNext('hang');
    fetcher.setLatency(10_000);
    fetcher.configureScreener('pre', { auth: 'jwt' });
    expect(fetcher.lastCode).toBe('111111');

    fetcher.reset();
    expect(fetcher.requests).toEqual([]);
    expect(fetcher.sentMessages).toEqual([]);
    expect(fetcher.lastCode).toBeUndefined();
    expect(fetcher.verifyCode('pre', '111111')).toBe(false);
    expect(fetcher.linkedPhone('pre')).toEqual({ phone: 5, countryCode: 1 });
    // Key valid again, apiKey mode back, no scenario, no latency, fresh budget, codes restart.
    expect((await read(await fetcher(url('pre'), { headers: API_KEY }))).code).toBe('W0000');
    expect(fetcher.lastCode).toBe('111111');
  });
});
