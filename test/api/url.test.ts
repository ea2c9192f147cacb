import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTwoFactorUrl, encodeScreenerKey } from '../../src/api/url';

/** Lone surrogates cannot be UTF-8 encoded; such keys are covered by their own test. */
const isWellFormed = (s: string) => !/\p{Cs}/u.test(s);

const PREFIX = '/api/v2/watch/content/screeners/';

/** The one segment between the fixed prefix and `/2fa`, as a URL parser sees it. */
function parsedSegment(url: string): string {
  const parsed = new URL(url);
  expect(parsed.search).toBe('');
  expect(parsed.hash).toBe('');
  expect(parsed.pathname.startsWith(PREFIX)).toBe(true);
  expect(parsed.pathname.endsWith('/2fa')).toBe(true);
  const segment = parsed.pathname.slice(PREFIX.length, -'/2fa'.length);
  expect(segment).not.toContain('/');
  return segment;
}

describe('buildTwoFactorUrl', () => {
  it('joins the base with and without trailing slashes', () => {
    const expected = 'https://host.example/api/v2/watch/content/screeners/abc123/2fa';
    expect(buildTwoFactorUrl('https://host.example/api', 'abc123')).toBe(expected);
    expect(buildTwoFactorUrl('https://host.example/api/', 'abc123')).toBe(expected);
    expect(buildTwoFactorUrl('https://host.example/api///', 'abc123')).toBe(expected);
    expect(buildTwoFactorUrl('https://host.example/', 'k')).toBe(
      'https://host.example/v2/watch/content/screeners/k/2fa',
    );
  });

  it.each([
    ['a/b?c#d', 'a%2Fb%3Fc%23d'],
    ['../x', '..%2Fx'],
    ['x/..', 'x%2F..'],
    ['...', '...'],
    ['%2F', '%252F'],
    ['%2E%2E', '%252E%252E'],
    ['a b+c&d=e', 'a%20b%2Bc%26d%3De'],
    ["!'()*", '%21%27%28%29%2A'],
    ['ключ-🎬', '%D0%BA%D0%BB%D1%8E%D1%87-%F0%9F%8E%AC'],
    ['a\\b', 'a%5Cb'],
    ['a.b_c~d-e', 'a.b_c~d-e'],
  ])('sends key %j as exactly one segment %j', (key, encoded) => {
    const url = buildTwoFactorUrl('https://host.example/api/', key);
    expect(url).toBe(`https://host.example${PREFIX}${encoded}/2fa`);
    expect(parsedSegment(url)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(key);
  });

  it('refuses "." and "..", which no encoding can keep from being a dot segment', () => {
    // Why refusing is the only safe answer: fetch's URL parser normalises %2E like a dot.
    expect(new URL('https://h/api/s/%2E%2E/2fa').pathname).toBe('/api/2fa');
    expect(new URL('https://h/api/s/%2e/2fa').pathname).toBe('/api/s/2fa');
    expect(() => buildTwoFactorUrl('https://h/api', '..')).toThrow(TypeError);
    expect(() => buildTwoFactorUrl('https://h/api', '.')).toThrow(TypeError);
  });

  it('refuses an empty or non-string key with a TypeError', () => {
    expect(() => buildTwoFactorUrl('https://h/api', '')).toThrow(TypeError);
    expect(() => buildTwoFactorUrl('https://h/api', undefined as unknown as string)).toThrow(
      TypeError,
    );
  });

  it('refuses a lone surrogate with a TypeError, not a URIError', () => {
    expect(() => encodeScreenerKey('a\uD800b')).toThrow(TypeError);
  });

  it('never repeats the key in its error message', () => {
    for (const key of ['secret-key\uD800', 'other-secret\uDC00']) {
      try {
        buildTwoFactorUrl('https://h/api', key);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain(key);
      }
    }
  });

  it('refuses a base URL that is empty or carries a query or fragment', () => {
    expect(() => buildTwoFactorUrl('', 'k')).toThrow(TypeError);
    expect(() => buildTwoFactorUrl('https://h/api?x=1', 'k')).toThrow(TypeError);
    expect(() => buildTwoFactorUrl('https://h/api#top', 'k')).toThrow(TypeError);
  });

  it('keeps every well-formed key in one segment that decodes back to the key', () => {
    const key = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 24 })
      .filter((s) => s !== '.' && s !== '..' && isWellFormed(s));
    fc.assert(
      fc.property(key, (k) => {
        const segment = parsedSegment(buildTwoFactorUrl('https://host.example/api/', k));
        expect(segment).toMatch(/^[A-Za-z0-9\-_.~%]+$/);
        expect(decodeURIComponent(segment)).toBe(k);
      }),
      { numRuns: 200 },
    );
  });
});
