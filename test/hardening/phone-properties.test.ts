/**
 * Properties of the pure phone encoder: every example mobile libphonenumber-js knows encodes to
 * exactly the integers the API expects, whatever way it is typed or pasted, with the full
 * metadata and with the per-calling-code rules; and no input at all makes it throw, mangle a
 * leading zero, or convert more than 15 digits with Number().
 */
import fc from 'fast-check';
import { parsePhoneNumberWithError } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import full from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';
import { type EncodeResult, encodePhone } from '../../src/phone/encode';
import type { CountryCode, PhoneMetadata } from '../../src/phone/metadata';
import { loadPhoneRulesFor } from '../../src/phone/rules';

const RUNS = 500;
const REFUSALS = ['EMPTY', 'TOO_SHORT', 'TOO_LONG', 'INVALID', 'NOT_MOBILE', 'LEADING_ZERO'];
const COUNTRIES = Object.keys(full.countries) as CountryCode[];

// Countries whose own exit code swallows carrier digits after '00' (Brazil's 00 + 2-digit
// carrier, Korea's 001/002/005…, Singapore's 0[0-3]d, …): a '00 CC …' paste with that country
// selected used to be read with the carrier prefix; text.ts now reads 00 + own code first.
const CARRIER_EXIT = ['BR', 'CO', 'HK', 'KH', 'KR', 'SG', 'TH'];

type Expected = { phone: number; countryCode: number; country: CountryCode } | 'LEADING_ZERO';
interface Example {
  country: CountryCode;
  expected: Expected;
  national: string;
  international: string;
  zeroZero: string;
}

const EXAMPLES: Example[] = Object.entries(examples).map(([iso, text]) => {
  const country = iso as CountryCode;
  const parsed = parsePhoneNumberWithError(text, country, full);
  const { nationalNumber } = parsed;
  if (nationalNumber.length > 15) throw new Error(`example ${iso} is longer than 15 digits`);
  const expected: Expected = nationalNumber.startsWith('0')
    ? 'LEADING_ZERO'
    : {
        phone: Number(nationalNumber),
        countryCode: Number(parsed.countryCallingCode),
        country: parsed.country as CountryCode,
      };
  const international = parsed.formatInternational();
  return {
    country,
    expected,
    national: parsed.formatNational(),
    international,
    zeroZero: international.replace(/^\+/, '00 '),
  };
});

function outcome(result: EncodeResult) {
  return result.ok
    ? { phone: result.phone, countryCode: result.countryCode, country: result.country }
    : result.reason;
}

// --- Number() watch: records every string our src/ code converts with Number() ---
const longNumberCalls: string[] = [];
let watchedCalls = 0;
const RealNumber = Number;
const WatchedNumber = new Proxy(RealNumber, {
  apply(target, thisArg, args: unknown[]) {
    const [value] = args;
    if (typeof value === 'string' && /\/src\//.test(new Error().stack ?? '')) {
      watchedCalls++;
      if (value.replace(/\D/g, '').length > 15) longNumberCalls.push(value);
    }
    return Reflect.apply(target, thisArg, args);
  },
});
function encodeWatched(text: string, country: CountryCode, metadata: PhoneMetadata) {
  globalThis.Number = WatchedNumber;
  try {
    return encodePhone(text, country, metadata);
  } finally {
    globalThis.Number = RealNumber;
  }
}
afterEach(() => {
  globalThis.Number = RealNumber;
});

/** Everything an answer may be: a refusal from the known set, or sane integers. */
function assertWellFormed(result: EncodeResult, label: string) {
  if (!result.ok) {
    expect(REFUSALS, label).toContain(result.reason);
    return;
  }
  expect(Number.isSafeInteger(result.phone), label).toBe(true);
  expect(result.phone, label).toBeGreaterThan(0);
  expect(result.phone, label).toBeLessThan(1e15);
  expect(String(result.phone), label).toMatch(/^[1-9]\d{0,14}$/);
  expect(Number.isSafeInteger(result.countryCode), label).toBe(true);
  expect(full.country_calling_codes[String(result.countryCode) as '1'], label).toContain(
    result.country,
  );
  // The display is the same number: its digits are the calling code and the national number.
  expect(result.display.replace(/\D/g, ''), label).toBe(`${result.countryCode}${result.phone}`);
  expect(result.display.startsWith(`+${result.countryCode} `), label).toBe(true);
}

describe('every example mobile of libphonenumber-js', () => {
  it('encodes national, +CC and 00 forms exactly, with full metadata and per-code rules', async () => {
    let checked = 0;
    for (const example of EXAMPLES) {
      const forms: [string, CountryCode][] = [
        [example.national, example.country],
        [example.international, example.country],
        [example.international, 'US'],
        [example.zeroZero, 'GB'],
        [example.zeroZero, 'US'],
        [example.zeroZero, example.country],
      ];
      for (const [text, selected] of forms) {
        const label = `${example.country} "${text}" with ${selected} selected`;
        const rules = await loadPhoneRulesFor(text, selected);
        expect(outcome(encodeWatched(text, selected, full)), label).toEqual(example.expected);
        expect(outcome(encodeWatched(text, selected, rules)), `${label} (rules)`).toEqual(
          example.expected,
        );
        checked++;
      }
    }
    expect(EXAMPLES.length).toBe(Object.keys(examples).length);
    expect(EXAMPLES.length).toBeGreaterThan(240);
    expect(checked).toBe(EXAMPLES.length * 6);
    // Côte d'Ivoire is the API notes' example of a mobile that must be refused.
    const refused = EXAMPLES.filter((e) => e.expected === 'LEADING_ZERO').map((e) => e.country);
    expect(refused).toContain('CI');
    expect(watchedCalls).toBeGreaterThan(0);
    expect(longNumberCalls).toEqual([]);
  }, 60_000);

  it('a 00 paste with its own carrier-exit country selected encodes (BR, CO, HK, KH, KR, SG, TH)', async () => {
    // Regression: encodePhone('00 82 10 2000 0000', 'KR', full) was INVALID and
    // encodePhone('00 65 8123 4567', 'SG', full) TOO_SHORT (the exit code ate the '8'/'6').
    const carriers = EXAMPLES.filter((e) => CARRIER_EXIT.includes(e.country));
    expect(carriers).toHaveLength(CARRIER_EXIT.length);
    for (const example of carriers) {
      const rules = await loadPhoneRulesFor(example.zeroZero, example.country);
      for (const metadata of [full, rules]) {
        const result = encodePhone(example.zeroZero, example.country, metadata);
        expect(outcome(result), example.country).toEqual(example.expected);
      }
    }
  });

  it(`survives any separators, spacing and digit script (${RUNS} runs)`, () => {
    // Spaces of several widths, bidi marks, dashes, dots, slashes and brackets.
    const separator = fc.constantFrom(
      ...' -./()\u00a0\u2009\u200f\u200e\u202b\u061c\u2011\u2013\ufeff\u3000',
    );
    const zeros = fc.constantFrom(0x30, 0x660, 0x6f0, 0x966, 0xff10);
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.constantFrom('national', 'international', 'zeroZero' as const),
        fc.array(fc.tuple(fc.nat(), separator), { maxLength: 6 }),
        zeros,
        (example, form, inserts, zero) => {
          runs++;
          const selected = example.country;
          const chars = [...example[form].replace(/\d/g, (d) => String.fromCodePoint(zero + +d))];
          for (const [at, sep] of inserts) chars.splice(at % (chars.length + 1), 0, sep);
          const text = chars.join('');
          const label = `${example.country} ${JSON.stringify(text)} with ${selected}`;
          expect(outcome(encodeWatched(text, selected, full)), label).toEqual(example.expected);
        },
      ),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
    expect(longNumberCalls).toEqual([]);
  }, 60_000);
});

// --- arbitrary text ---
const scriptDigits = (zero: number) =>
  fc.string({ unit: fc.integer({ min: zero, max: zero + 9 }).map((c) => String.fromCodePoint(c)) });
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 40, maxLength: 40 }),
  scriptDigits(0x660),
  scriptDigits(0x6f0),
  scriptDigits(0xff10),
  fc.constantFrom('+', '＋', '00', '011', '0011', '810', ' ', '-', '(', ')', '.', '/', '~'),
  fc.constantFrom('\u200e', '\u200f', '\u202a', '\u202b', '\u202e', '\u2066', '\u2069', '\u061c'),
  fc.constantFrom(
    '😀',
    '👍🏽',
    '🇬🇧',
    '\u{1F600}',
    '\ud83d',
    '\udc00',
    'é',
    'ß',
    'ext',
    'x',
    '#',
    '*',
    ',',
  ),
  fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\t', '\u007f', '\u0085', '\u2028', '\u00ad'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const FAMILIES = {
  'fc.string()': fc.string(),
  'binary (full Unicode, lone surrogates)': fc.string({ unit: 'binary' }),
  'graphemes (letters, emoji, RTL scripts)': fc.string({ unit: 'grapheme' }),
  'phone-like mixes': fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')),
};

describe('arbitrary text never throws and never yields a bad number', () => {
  it.each(Object.entries(FAMILIES))(
    `%s (${RUNS} runs, full metadata)`,
    (_, text) => {
      let runs = 0;
      fc.assert(
        fc.property(text, fc.constantFrom(...COUNTRIES), (input, country) => {
          runs++;
          let result: EncodeResult | undefined;
          expect(() => {
            result = encodeWatched(input, country, full);
          }).not.toThrow();
          assertWellFormed(result as EncodeResult, `${country} ${JSON.stringify(input)}`);
        }),
        { numRuns: RUNS },
      );
      expect(runs).toBe(RUNS);
      expect(longNumberCalls).toEqual([]);
    },
    60_000,
  );

  it(`agrees with the full metadata when using per-code rules (${RUNS} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(...Object.values(FAMILIES)),
        fc.constantFrom(...COUNTRIES),
        async (input, country) => {
          runs++;
          const rules = await loadPhoneRulesFor(input, country);
          const sliced = encodeWatched(input, country, rules);
          const label = `${country} ${JSON.stringify(input)}`;
          assertWellFormed(sliced, label);
          const whole = encodeWatched(input, country, full);
          // Refusal reasons may differ for non-geographic codes (+800, +881…), which the
          // slices leave out; whether and how a number is sent may not.
          expect(sliced.ok, label).toBe(whole.ok);
          if (sliced.ok) expect(sliced, label).toEqual(whole);
        },
      ),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
    expect(longNumberCalls).toEqual([]);
  }, 60_000);

  it(`never converts 16 to 40 digit runs (${RUNS} runs)`, () => {
    let runs = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', '+', '00', '+800 ', '+881 ', '+979 '),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 16, maxLength: 40 }),
        fc.constantFrom(...COUNTRIES),
        (prefix, digits, country) => {
          runs++;
          const result = encodeWatched(prefix + digits, country, full);
          assertWellFormed(result, `${country} ${prefix}${digits}`);
          if (!result.ok) refused++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
    expect(refused).toBeGreaterThan(RUNS * 0.9);
    expect(longNumberCalls).toEqual([]);
  }, 60_000);
});
