/**
 * The HTTP contract the gate sees from the mock: routing, Authorization, the two endpoints,
 * and what a host's `onCodeSubmit` stand-in can ask of it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockIndeeFetcher, type MockSms } from '../../src/mock';
import { API_KEY, JWT, link, read, requestCode, UK_PHONE, url } from './helpers';

const OK = { status: 200, code: 'W0000', detail: 'Success' };
const linked = { linkedPhone: { phone: 7400123456, countryCode: 44 } };

afterEach(() => {
  vi.useRealTimers();
});

describe('mock routing', () => {
  it('treats a percent-encoded key as one screener, `..` included', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const key of ['a/b', '../x', 'a?b=c', 'ключ']) {
      expect((await read(await link(fetcher, key))).code).toBe('W0000');
      expect(fetcher.linkedPhone(key)).toEqual({ phone: 7400123456, countryCode: 44 });
    }
    expect(fetcher.linkedPhone('a')).toBeUndefined();
  });

  it('works with and without a trailing slash on the base', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const base of ['https://indee.test/api/', 'https://indee.test/']) {
      expect((await link(fetcher, 's')).status).toBe(200);
      expect((await fetcher(url('s', base), { headers: API_KEY })).status).toBe(200);
    }
  });

  it('answers 404 with HTML for an unencoded key, dot segments, empty segments and other paths', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const path of [
      'https://indee.test/api/v2/watch/content/screeners/a/b/2fa',
      'https://indee.test/api/v2/watch/content/screeners/../2fa',
      'https://indee.test/api//v2/watch/content/screeners/s/2fa',
      'https://indee.test/api/v2/watch/stream/s/playback',
    ]) {
      const response = await fetcher(path, { method: 'GET', headers: API_KEY });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    }
  });

  it('answers other methods with 405, W5000 and Allow', async () => {
    const fetcher = createMockIndeeFetcher();
    const response = await fetcher(url('s'), { method: 'PUT', headers: API_KEY });
    expect(response.headers.get('Allow')).toBe('GET, POST');
    expect(await read(response)).toMatchObject({ status: 405, code: 'W5000' });
  });

  it('records every call with its raw headers and body', async () => {
    const fetcher = createMockIndeeFetcher();
    await link(fetcher, 's');
    expect(fetcher.requests).toEqual([
      {
        method: 'POST',
        url: url('s'),
        headers: { authorization: 'Bearer demo-api-key', 'content-type': 'application/json' },
        body: JSON.stringify(UK_PHONE),
      },
    ]);
  });
});

describe('mock Authorization', () => {
  it.each([undefined, 'Token demo-api-key', 'Bearer', 'JWT demo-jwt extra', 'demo-api-key'])(
    'answers W2000 (HTTP 401) for the header %j and changes nothing',
    async (value) => {
      const fetcher = createMockIndeeFetcher();
      const headers: Record<string, string> = value === undefined ? {} : { Authorization: value };
      expect(await read(await link(fetcher, 's', undefined, headers))).toMatchObject({
        status: 401,
        code: 'W2000',
      });
      expect(fetcher.linkedPhone('s')).toBeUndefined();
    },
  );

  it('answers W2003 (HTTP 401) for an unknown token or key, a JWT sent as a key included', async () => {
    const fetcher = createMockIndeeFetcher();
    for (const Authorization of [
      'JWT nope',
      'Bearer nope',
      'Bearer demo-jwt',
      'JWT demo-api-key',
    ]) {
      expect(await read(await link(fetcher, 's', undefined, { Authorization }))).toMatchObject({
        status: 401,
        code: 'W2003',
      });
    }
    expect(fetcher.linkedPhone('s')).toBeUndefined();
  });

  it('answers W2101 (HTTP 403) for the API key on a JWT screener, which accepts the JWT', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { publicity: { auth: 'jwt' } } });
    expect(await read(await link(fetcher, 'publicity'))).toMatchObject({
      status: 403,
      code: 'W2101',
    });
    expect(fetcher.linkedPhone('publicity')).toBeUndefined();
    expect(await read(await link(fetcher, 'publicity', undefined, JWT))).toEqual(OK);
    expect(await read(await link(fetcher, 'other', undefined, JWT))).toEqual(OK);
  });

  it('applies defaultAuth to screeners without their own', async () => {
    const fetcher = createMockIndeeFetcher({
      defaultAuth: 'jwt',
      screeners: { linky: { auth: 'apiKey' } },
    });
    expect((await read(await link(fetcher, 'any'))).code).toBe('W2101');
    expect(await read(await link(fetcher, 'linky'))).toEqual(OK);
  });

  it('accepts a JWT from issueToken, as after a host refresh', async () => {
    const fetcher = createMockIndeeFetcher({ defaultAuth: 'jwt' });
    const fresh = fetcher.issueToken();
    expect(fresh).not.toBe('demo-jwt');
    expect(fetcher.issueToken()).not.toBe(fresh);
    const headers = { Authorization: `JWT ${fresh}` };
    expect(await read(await link(fetcher, 's', undefined, headers))).toEqual(OK);
  });
});

describe('mock POST .../2fa (link a phone)', () => {
  it('answers W0000 and remembers the phone per screener; a new link replaces it', async () => {
    const fetcher = createMockIndeeFetcher();
    expect(await read(await link(fetcher, 'one'))).toEqual(OK);
    await link(fetcher, 'two', { phone: 2025550123, country_code: 1 });
    await link(fetcher, 'one', { phone: 612345678, country_code: 33 });
    expect(fetcher.linkedPhone('one')).toEqual({ phone: 612345678, countryCode: 33 });
    expect(fetcher.linkedPhone('two')).toEqual({ phone: 2025550123, countryCode: 1 });
  });

  it.each([
    ['no body', undefined],
    ['invalid JSON', '{"phone": 1,'],
    ['a string phone', { phone: '7400123456', country_code: 44 }],
    ['an unsafe phone', { phone: 2 ** 53, country_code: 44 }],
    ['a camelCase countryCode', { phone: 7400123456, countryCode: 44 }],
  ])('answers HTTP 400 W5000 for %s and links nothing', async (_name, body) => {
    const fetcher = createMockIndeeFetcher();
    const init: RequestInit = {
      method: 'POST',
      headers: { ...API_KEY, 'Content-Type': 'application/json' },
    };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const answer = await read(await fetcher(url('s'), init));
    expect(answer).toMatchObject({ status: 400, code: 'W5000' });
    expect(answer.detail).toEqual(expect.any(String));
    expect(fetcher.linkedPhone('s')).toBeUndefined();
  });

  it('answers HTTP 400 W5000 without a JSON Content-Type', async () => {
    const fetcher = createMockIndeeFetcher();
    const body = JSON.stringify(UK_PHONE);
    const bare = await fetcher(url('s'), { method: 'POST', headers: API_KEY, body });
    expect(await read(bare)).toMatchObject({ status: 400, code: 'W5000' });
    const headers = { ...API_KEY, 'content-type': 'application/json; charset=utf-8' };
    expect(await read(await fetcher(url('s'), { method: 'POST', headers, body }))).toEqual(OK);
  });
});

describe('mock GET .../2fa (send a code)', () => {
  it('refuses with HTTP 400 W5000 when no phone is linked, and sends nothing', async () => {
    const fetcher = createMockIndeeFetcher();
    const listener = vi.fn();
    fetcher.subscribe(listener);
    const answer = await read(await requestCode(fetcher, 's'));
    expect(answer).toMatchObject({ status: 400, code: 'W5000' });
    expect(answer.detail).toMatch(/no phone number is linked/i);
    expect(fetcher.sentMessages).toEqual([]);
    expect(fetcher.lastCode).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
  });

  it('texts the `codes` in order, exposes lastCode and notifies subscribers until they leave', async () => {
    const fetcher = createMockIndeeFetcher({
      codes: ['123456', '234567'],
      screeners: { s: linked },
    });
    const received: MockSms[] = [];
    const unsubscribe = fetcher.subscribe((sms) => received.push(sms));
    expect(await read(await requestCode(fetcher, 's'))).toEqual(OK);
    const first: MockSms = { screenerKey: 's', code: '123456', to: '+44 ••••••••56' };
    expect(fetcher.sentMessages).toEqual([first]);
    expect(fetcher.lastCode).toBe('123456');
    expect(received).toEqual([first]);
    unsubscribe();
    await requestCode(fetcher, 's');
    expect(fetcher.lastCode).toBe('234567');
    expect(received).toHaveLength(1);
  });

  it('texts random 6-digit codes once `codes` runs out', async () => {
    const fetcher = createMockIndeeFetcher({ rateLimit: false, screeners: { s: linked } });
    for (let i = 0; i < 20; i++) await requestCode(fetcher, 's');
    for (const sms of fetcher.sentMessages) expect(sms.code).toMatch(/^\d{6}$/);
    expect(new Set(fetcher.sentMessages.map((sms) => sms.code)).size).toBeGreaterThan(1);
  });

  it('verifies only the latest code of that screener, ignoring spaces and hyphens', async () => {
    const fetcher = createMockIndeeFetcher({
      codes: ['111111', '222222', '333333'],
      screeners: { a: linked, b: linked },
    });
    expect(fetcher.verifyCode('a', '111111')).toBe(false);
    await requestCode(fetcher, 'a');
    expect(fetcher.verifyCode('a', '111 111')).toBe(true);
    expect(fetcher.verifyCode('a', '111-111')).toBe(true);
    expect(fetcher.verifyCode('a', '111112')).toBe(false);
    await requestCode(fetcher, 'a');
    expect(fetcher.verifyCode('a', '111111')).toBe(false);
    expect(fetcher.verifyCode('a', '222222')).toBe(true);
    await requestCode(fetcher, 'b');
    expect(fetcher.verifyCode('a', '333333')).toBe(false);
    expect(fetcher.verifyCode('b', '333333')).toBe(true);
  });

  it('lets a code expire after 5 minutes, as the SMS says', async () => {
    vi.useFakeTimers();
    const fetcher = createMockIndeeFetcher({ codes: ['123456'], screeners: { s: linked } });
    await requestCode(fetcher, 's');
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(fetcher.verifyCode('s', '123456')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(fetcher.verifyCode('s', '123456')).toBe(false);
  });

  it('forgets the pending code when another phone is linked', async () => {
    const fetcher = createMockIndeeFetcher({ codes: ['123456'] });
    await link(fetcher, 's');
    await requestCode(fetcher, 's');
    await link(fetcher, 's', { phone: 2025550123, country_code: 1 });
    expect(fetcher.verifyCode('s', '123456')).toBe(false);
  });
});
