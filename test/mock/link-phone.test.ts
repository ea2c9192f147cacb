import { describe, expect, it } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { API_KEY, link, read, UK_PHONE, url } from './helpers';

describe('mock POST .../2fa (link a phone)', () => {
  it('answers W0000 and remembers the phone', async () => {
    const fetcher = createMockIndeeFetcher();
    expect(await read(await link(fetcher, 's'))).toEqual({
      status: 200,
      code: 'W0000',
      detail: 'Success',
    });
    expect(fetcher.linkedPhone('s')).toEqual({ phone: 7400123456, countryCode: 44 });
  });

  it.each([
    ['no body', undefined],
    ['an empty body', ''],
    ['invalid JSON', '{"phone": 1,'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a string phone', { phone: '7400123456', country_code: 44 }],
    ['a fractional phone', { phone: 1.5, country_code: 44 }],
    ['a zero phone', { phone: 0, country_code: 44 }],
    ['a negative phone', { phone: -7400123456, country_code: 44 }],
    ['an unsafe phone', { phone: 2 ** 53, country_code: 44 }],
    ['a missing phone', { country_code: 44 }],
    ['a missing country_code', { phone: 7400123456 }],
    ['country_code 0', { phone: 7400123456, country_code: 0 }],
    ['country_code 1000', { phone: 7400123456, country_code: 1000 }],
    ['a string country_code', { phone: 7400123456, country_code: '44' }],
    ['a camelCase countryCode', { phone: 7400123456, countryCode: 44 }],
    ['an extra field', { ...UK_PHONE, extra: true }],
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

  it('accepts the extreme valid values', async () => {
    const fetcher = createMockIndeeFetcher();
    expect(
      (await read(await link(fetcher, 'a', { phone: Number.MAX_SAFE_INTEGER, country_code: 999 })))
        .code,
    ).toBe('W0000');
    expect((await read(await link(fetcher, 'b', { phone: 1, country_code: 1 }))).code).toBe(
      'W0000',
    );
  });

  it('requires a JSON Content-Type unless told otherwise', async () => {
    const body = JSON.stringify(UK_PHONE);
    const strict = createMockIndeeFetcher();
    const bare = await strict(url('s'), { method: 'POST', headers: API_KEY, body });
    expect(await read(bare)).toMatchObject({ status: 400, code: 'W5000' });
    const charset = await strict(url('s'), {
      method: 'POST',
      headers: { ...API_KEY, 'content-type': 'Application/JSON; charset=utf-8' },
      body,
    });
    expect((await read(charset)).code).toBe('W0000');

    const lenient = createMockIndeeFetcher({ requireJsonContentType: false });
    expect(
      (await read(await lenient(url('s'), { method: 'POST', headers: API_KEY, body }))).code,
    ).toBe('W0000');
  });

  it('reads byte bodies', async () => {
    const fetcher = createMockIndeeFetcher();
    const answer = await fetcher(url('s'), {
      method: 'POST',
      headers: { ...API_KEY, 'Content-Type': 'application/json' },
      body: new TextEncoder().encode(JSON.stringify(UK_PHONE)),
    });
    expect((await read(answer)).code).toBe('W0000');
    expect(fetcher.requests[0]?.body).toBe(JSON.stringify(UK_PHONE));
  });

  it('keeps each screener’s phone apart, and a new link replaces the old one', async () => {
    const fetcher = createMockIndeeFetcher();
    await link(fetcher, 'one', { phone: 2025550123, country_code: 1 });
    await link(fetcher, 'two', UK_PHONE);
    expect(fetcher.linkedPhone('one')).toEqual({ phone: 2025550123, countryCode: 1 });
    expect(fetcher.linkedPhone('two')).toEqual({ phone: 7400123456, countryCode: 44 });
    await link(fetcher, 'one', { phone: 612345678, country_code: 33 });
    expect(fetcher.linkedPhone('one')).toEqual({ phone: 612345678, countryCode: 33 });
    expect(fetcher.linkedPhone('two')).toEqual({ phone: 7400123456, countryCode: 44 });
    expect(fetcher.linkedPhone('three')).toBeUndefined();
  });

  it('pre-links phones from options and through setLinkedPhone / configureScreener', () => {
    const fetcher = createMockIndeeFetcher({
      screeners: { pre: { linkedPhone: { phone: 5, countryCode: 1 } } },
    });
    expect(fetcher.linkedPhone('pre')).toEqual({ phone: 5, countryCode: 1 });
    fetcher.setLinkedPhone('later', { phone: 6, countryCode: 1 });
    expect(fetcher.linkedPhone('later')).toEqual({ phone: 6, countryCode: 1 });
    fetcher.setLinkedPhone('later', undefined);
    expect(fetcher.linkedPhone('later')).toBeUndefined();
    fetcher.configureScreener('cfg', { auth: 'jwt', linkedPhone: { phone: 7, countryCode: 1 } });
    expect(fetcher.linkedPhone('cfg')).toEqual({ phone: 7, countryCode: 1 });
  });

  it('returns copies, so callers cannot change what the mock remembers', async () => {
    const fetcher = createMockIndeeFetcher();
    await link(fetcher, 's');
    const seen = fetcher.linkedPhone('s');
    if (seen) seen.phone = 1;
    expect(fetcher.linkedPhone('s')?.phone).toBe(7400123456);
  });
});
