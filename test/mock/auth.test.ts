import { describe, expect, it } from 'vitest';
import { createMockIndeeFetcher } from '../../src/mock';
import { API_KEY, JWT, link, read, requestCode, url } from './helpers';

const OK = { status: 200, code: 'W0000', detail: 'Success' };

describe('mock Authorization rules', () => {
  it('answers W2000 (HTTP 401) when the header is missing, on both endpoints', async () => {
    const fetcher = createMockIndeeFetcher({
      screeners: { s: { linkedPhone: { phone: 1, countryCode: 1 } } },
    });
    expect(await read(await link(fetcher, 's', undefined, {}))).toMatchObject({
      status: 401,
      code: 'W2000',
    });
    expect(await read(await requestCode(fetcher, 's', {}))).toMatchObject({
      status: 401,
      code: 'W2000',
    });
    expect(fetcher.linkedPhone('s')).toEqual({ phone: 1, countryCode: 1 });
    expect(fetcher.sentMessages).toHaveLength(0);
  });

  it.each([
    'Token demo-api-key',
    'Bearer',
    'Bearer ',
    'JWT',
    'JWT demo-jwt extra',
    'demo-api-key',
    '',
    'Basic ZGVtbzpkZW1v',
  ])('answers W2000 for the unparseable header %j', async (value) => {
    const fetcher = createMockIndeeFetcher();
    const answer = await read(await link(fetcher, 's', undefined, { Authorization: value }));
    expect(answer).toMatchObject({ status: 401, code: 'W2000' });
    expect(typeof answer.detail).toBe('string');
  });

  it('reads the header from a plain object, Headers or pairs, whatever the name case', async () => {
    const fetcher = createMockIndeeFetcher({
      screeners: { s: { linkedPhone: { phone: 12, countryCode: 1 } } },
    });
    const forms: HeadersInit[] = [
      { authorization: 'Bearer demo-api-key' },
      { AUTHORIZATION: 'Bearer demo-api-key' },
      new Headers(API_KEY),
      [['Authorization', 'Bearer demo-api-key']],
    ];
    for (const headers of forms) {
      expect(await read(await requestCode(fetcher, 's', headers))).toEqual(OK);
    }
  });

  it('accepts the scheme in any case, as RFC 9110 allows', async () => {
    const fetcher = createMockIndeeFetcher();
    expect(
      await read(await link(fetcher, 's', undefined, { Authorization: 'bearer demo-api-key' })),
    ).toEqual(OK);
    expect(
      await read(await link(fetcher, 't', undefined, { Authorization: 'jwt demo-jwt' })),
    ).toEqual(OK);
  });

  it('answers W2003 (HTTP 401) for an unknown token or key', async () => {
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

  it('answers W2101 (HTTP 403) for a valid API key on a JWT screener', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { publicity: { auth: 'jwt' } } });
    expect(await read(await link(fetcher, 'publicity'))).toMatchObject({
      status: 403,
      code: 'W2101',
    });
    expect(fetcher.linkedPhone('publicity')).toBeUndefined();
    expect(await read(await link(fetcher, 'publicity', undefined, JWT))).toEqual(OK);
  });

  it('checks the key before the screener mode: an unknown key on a JWT screener is W2003', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { publicity: { auth: 'jwt' } } });
    const answer = await read(
      await link(fetcher, 'publicity', undefined, { Authorization: 'Bearer nope' }),
    );
    expect(answer.code).toBe('W2003');
  });

  it('accepts a valid JWT on an apiKey screener (signed-in viewers may use one)', async () => {
    const fetcher = createMockIndeeFetcher({ screeners: { linky: { auth: 'apiKey' } } });
    expect(await read(await link(fetcher, 'linky', undefined, JWT))).toEqual(OK);
  });

  it('applies defaultAuth to unlisted screeners', async () => {
    const fetcher = createMockIndeeFetcher({
      defaultAuth: 'jwt',
      screeners: { linky: { auth: 'apiKey' } },
    });
    expect((await read(await link(fetcher, 'any'))).code).toBe('W2101');
    expect(await read(await link(fetcher, 'linky'))).toEqual(OK);
  });

  it('uses the configured credentials instead of the demo ones', async () => {
    const fetcher = createMockIndeeFetcher({ jwts: ['t1'], apiKeys: ['k1'] });
    expect((await read(await link(fetcher, 's'))).code).toBe('W2003');
    expect(await read(await link(fetcher, 's', undefined, { Authorization: 'Bearer k1' }))).toEqual(
      OK,
    );
    expect(await read(await link(fetcher, 's', undefined, { Authorization: 'JWT t1' }))).toEqual(
      OK,
    );
  });

  it('supports the refresh flow: an expired JWT answers W2003, an issued one works', async () => {
    const fetcher = createMockIndeeFetcher({ defaultAuth: 'jwt' });
    expect(await read(await link(fetcher, 's', undefined, JWT))).toEqual(OK);
    fetcher.expireToken('demo-jwt');
    expect((await read(await link(fetcher, 's', undefined, JWT))).code).toBe('W2003');
    const fresh = fetcher.issueToken();
    expect(fresh).not.toBe('demo-jwt');
    expect(
      await read(await link(fetcher, 's', undefined, { Authorization: `JWT ${fresh}` })),
    ).toEqual(OK);
    expect(fetcher.issueToken()).not.toBe(fresh);
  });

  it('expires and issues API keys too', async () => {
    const fetcher = createMockIndeeFetcher();
    fetcher.expireToken('demo-api-key');
    expect((await read(await link(fetcher, 's'))).code).toBe('W2003');
    const key = fetcher.issueToken('apiKey');
    expect(
      await read(await link(fetcher, 's', undefined, { Authorization: `Bearer ${key}` })),
    ).toEqual(OK);
    // A key is not a JWT.
    expect(
      (await read(await link(fetcher, 's', undefined, { Authorization: `JWT ${key}` }))).code,
    ).toBe('W2003');
  });

  it('rejects like fetch, recording nothing, when a header value is invalid', async () => {
    const fetcher = createMockIndeeFetcher();
    await expect(
      fetcher(url('s'), { method: 'GET', headers: { Authorization: 'Bearer a\nb' } }),
    ).rejects.toThrow(TypeError);
    expect(fetcher.requests).toHaveLength(0);
  });
});
