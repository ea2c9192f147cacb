/**
 * The screener key is opaque host data: whatever it holds, it must land as exactly one path
 * segment of the 2FA URL, decode back to itself, and never reach the query, the fragment or
 * another origin. Checked on buildTwoFactorUrl and on the URLs the client actually fetches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkPhone, requestCode } from '../../src/api/client';
import { buildTwoFactorUrl } from '../../src/api/url';
import { ok, recordingFetcher } from '../api/fake-fetcher';

const RUNS = 500;
const PREFIX = '/v2/watch/content/screeners/';
const BASES = [
  'https://api.example.test',
  'https://api.example.test/',
  'https://host.test/api/',
  'https://host.test/api',
  'https://host.test:8443/deep/api///',
  'http://localhost:3000/v1',
];
const FORBIDDEN = ['', '.', '..'];

const nasty = fc.constantFrom(
  '.',
  '..',
  '/',
  '\\',
  '?',
  '#',
  '%',
  '%2e',
  '%2E',
  '%2f',
  '%2F',
  '%00',
  '%',
  '%%',
  '%zz',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '@',
  ':',
  ';',
  '&',
  '=',
  '+',
  '!',
  "'",
  '(',
  ')',
  '*',
  '~',
  '|',
  '^',
  '`',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '"',
  '\u00e9',
  '\u200f',
  '\ufeff',
  '😀',
  '．',
  '。',
  'javascript:',
  'https://evil.test/',
  '//evil.test',
  '../2fa',
  'a/b?c',
  '?x=1#y',
);
const wellFormedKey = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join('')),
  )
  .filter((key) => !FORBIDDEN.includes(key));

// A high surrogate without a low one after it, or a low one without a high one before it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const illFormedKey = fc
  .tuple(fc.string(), loneSurrogate, fc.string())
  .map(([a, s, b]) => a + s + b)
  .filter((key) => LONE_SURROGATE.test(key));

/** Every check the brief names, on one URL string. */
function assertOneSegment(urlText: string, base: string, key: string) {
  const url = new URL(urlText);
  const baseUrl = new URL(base);
  expect(url.origin).toBe(baseUrl.origin);
  expect(url.search).toBe('');
  expect(url.hash).toBe('');
  expect(url.username).toBe('');
  expect(url.password).toBe('');
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  expect(url.pathname.startsWith(`${basePath}${PREFIX}`)).toBe(true);
  expect(url.pathname.endsWith('/2fa')).toBe(true);
  const segment = url.pathname.slice(`${basePath}${PREFIX}`.length, -'/2fa'.length);
  expect(segment).not.toBe('');
  expect(segment).not.toContain('/');
  expect(segment).toMatch(/^[A-Za-z0-9\-_.~%]+$/);
  expect(decodeURIComponent(segment)).toBe(key);
  // The text handed to fetch is already normalised: the URL parser changed nothing.
  expect(url.href).toBe(urlText);
}

describe('buildTwoFactorUrl with arbitrary screener keys', () => {
  it(`keeps every well-formed key as one decodable segment (${RUNS} runs)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...BASES), wellFormedKey, (base, key) => {
        runs++;
        assertOneSegment(buildTwoFactorUrl(base, key), base, key);
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });

  it.each(FORBIDDEN.map((key) => [JSON.stringify(key), key]))(
    'throws a TypeError for %s',
    (_, key) => {
      for (const base of BASES) expect(() => buildTwoFactorUrl(base, key)).toThrow(TypeError);
    },
  );

  it('encodes near-dot keys instead of refusing them', () => {
    for (const key of ['...', '. ', ' .', '.a', '%2e', '%2e%2e', '．．', '.\u200f.']) {
      assertOneSegment(buildTwoFactorUrl(BASES[0] as string, key), BASES[0] as string, key);
    }
  });

  it(`throws a TypeError that never repeats an ill-formed key (${RUNS} runs)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(illFormedKey, (key) => {
        runs++;
        let thrown: unknown;
        try {
          buildTwoFactorUrl(BASES[0] as string, `SECRET${key}`);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(TypeError);
        expect((thrown as Error).message).not.toContain('SECRET');
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });
});

describe('the URLs the client fetches', () => {
  const auth = { type: 'apiKey', apiKey: 'key-1' } as const;

  it(`sends POST and GET to the same one-segment URL for any key (${RUNS} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BASES), wellFormedKey, async (base, key) => {
        runs++;
        const { fetcher, calls } = recordingFetcher(ok(), ok());
        const config = { baseUrl: base, screenerKey: key, auth, fetcher };
        await linkPhone(config, { phone: 7400123456, country_code: 44 });
        await requestCode(config);
        expect(calls.map((call) => call.init.method)).toEqual(['POST', 'GET']);
        for (const call of calls) {
          expect(call.input).toBe(buildTwoFactorUrl(base, key));
          assertOneSegment(call.input, base, key);
        }
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });

  it(`sends nothing and rejects with a TypeError for unusable keys (${RUNS} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...FORBIDDEN), illFormedKey), async (key) => {
        runs++;
        const { fetcher, calls } = recordingFetcher();
        const config = { baseUrl: BASES[0] as string, screenerKey: key, auth, fetcher };
        const link = linkPhone(config, { phone: 7400123456, country_code: 44 });
        await expect(link).rejects.toBeInstanceOf(TypeError);
        await expect(requestCode(config)).rejects.toBeInstanceOf(TypeError);
        expect(calls).toHaveLength(0);
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });
});
