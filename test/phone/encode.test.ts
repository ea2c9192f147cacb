import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { type EncodeResult, encodePhone } from '../../src/phone/encode';
import type { CountryCode } from '../../src/phone/metadata';

const encode = (text: string, country: CountryCode): EncodeResult =>
  encodePhone(text, country, metadata);

const accepted = (
  text: string,
  country: CountryCode,
  expected: { phone: number; countryCode: number; country: CountryCode },
) => {
  const result = encode(text, country);
  expect(result).toMatchObject({ ok: true, ...expected });
  if (result.ok) {
    expect(result.display.replace(/\D/g, '')).toBe(`${expected.countryCode}${expected.phone}`);
  }
};

const refused = (text: string, country: CountryCode) => {
  const result = encode(text, country);
  return result.ok ? `accepted ${result.display}` : result.reason;
};

describe('encodePhone: accepted mobiles', () => {
  it('encodes a UK mobile typed nationally as the API example says', () => {
    accepted('07400 123456', 'GB', { phone: 7400123456, countryCode: 44, country: 'GB' });
  });

  it('encodes a pasted international UK mobile, with + or 00', () => {
    const gb = { phone: 7400123456, countryCode: 44, country: 'GB' as const };
    accepted('+44 7400 123456', 'GB', gb);
    accepted('0044 7400 123456', 'GB', gb);
    // 00 works even where the country's exit code is another one (US: 011).
    accepted('0044 7400 123456', 'US', gb);
    accepted('011 44 7400 123456', 'US', gb);
    accepted('+44 7400 123456', 'FR', gb);
  });

  it('accepts US numbers (FIXED_LINE_OR_MOBILE) in usual shapes', () => {
    const us = { phone: 2015550123, countryCode: 1, country: 'US' as const };
    accepted('(201) 555-0123', 'US', us);
    accepted('201.555.0123', 'US', us);
    accepted('1 201 555 0123', 'US', us);
    accepted('+1 (201) 555-0123', 'GB', us);
  });

  it('resolves a +1 Canadian number typed with US selected to CA', () => {
    const ca = { phone: 5062345678, countryCode: 1, country: 'CA' as const };
    accepted('506 234 5678', 'US', ca);
    accepted('+1 506-234-5678', 'US', ca);
  });

  it('keeps GB for a GB mobile but yields JE for a Jersey mobile', () => {
    accepted('+44 7400 123456', 'GB', { phone: 7400123456, countryCode: 44, country: 'GB' });
    accepted('07797 712345', 'GB', { phone: 7797712345, countryCode: 44, country: 'JE' });
  });

  it('encodes IN, BR, DE and IT mobiles', () => {
    accepted('081234 56789', 'IN', { phone: 8123456789, countryCode: 91, country: 'IN' });
    accepted('(11) 96123-4567', 'BR', { phone: 11961234567, countryCode: 55, country: 'BR' });
    accepted('0151 23456789', 'DE', { phone: 15123456789, countryCode: 49, country: 'DE' });
    accepted('312 345 6789', 'IT', { phone: 3123456789, countryCode: 39, country: 'IT' });
  });

  it('normalises full-width, Arabic-Indic and Persian digits and odd separators', () => {
    const gb = { phone: 7400123456, countryCode: 44, country: 'GB' as const };
    accepted('０７４００ １２３４５６', 'GB', gb);
    accepted('＋４４ ７４００ １２３４５６', 'US', gb);
    accepted('٠٧٤٠٠١٢٣٤٥٦', 'GB', gb);
    accepted('۰۷۴۰۰ ۱۲۳۴۵۶', 'GB', gb);
    accepted('\u200e+44\u00a07400\u2013123456\u200f', 'US', gb);
  });
});

describe('encodePhone: refusals', () => {
  it('refuses empty or separator-only input as EMPTY', () => {
    expect(refused('', 'US')).toBe('EMPTY');
    expect(refused('  - ( ) ', 'US')).toBe('EMPTY');
    expect(refused('+', 'US')).toBe('EMPTY');
  });

  it('refuses short input as TOO_SHORT', () => {
    expect(refused('1', 'US')).toBe('TOO_SHORT');
    expect(refused('(555)', 'US')).toBe('TOO_SHORT');
    expect(refused('555-0123', 'US')).toBe('TOO_SHORT');
    expect(refused('+44 7400', 'GB')).toBe('TOO_SHORT');
  });

  it('refuses long input as TOO_LONG, never throwing, even for a 40-digit run', () => {
    expect(refused('201 555 0123 4567 8901', 'US')).toBe('TOO_LONG');
    expect(refused('1234567890'.repeat(4), 'US')).toBe('TOO_LONG');
    expect(refused(`+${'9'.repeat(40)}`, 'GB')).toBe('TOO_LONG');
    expect(refused('7'.repeat(10_000), 'GB')).toBe('TOO_LONG');
  });

  it('refuses letters, emoji and other symbols as INVALID', () => {
    expect(refused('07400 12345a', 'GB')).toBe('INVALID');
    expect(refused('1-800-FLOWERS', 'US')).toBe('INVALID');
    expect(refused('07400 123456 😀', 'GB')).toBe('INVALID');
    expect(refused('201 555 0123 ext. 4', 'US')).toBe('INVALID');
    expect(refused('201#555*0123', 'US')).toBe('INVALID');
    expect(refused('44+7400123456', 'GB')).toBe('INVALID');
    expect(refused('++447400123456', 'GB')).toBe('INVALID');
  });

  it('refuses complete but impossible numbers and unknown calling codes as INVALID', () => {
    // Right length for GB, but no GB range starts 7400 12345.
    expect(refused('07400 12345', 'GB')).toBe('INVALID');
    expect(refused('+999 1234 5678', 'US')).toBe('INVALID');
    expect(refused('099 999 9999', 'US')).toBe('INVALID');
  });

  it('refuses landlines and toll-free numbers as NOT_MOBILE', () => {
    expect(refused('020 7946 0018', 'GB')).toBe('NOT_MOBILE');
    expect(refused('0800 123 4567', 'GB')).toBe('NOT_MOBILE');
    expect(refused('1 800 234 5678', 'US')).toBe('NOT_MOBILE');
    expect(refused('030 123456', 'DE')).toBe('NOT_MOBILE');
    // 070 is a UK personal (follow-me) number: valid, not a mobile.
    expect(refused('07000 000000', 'GB')).toBe('NOT_MOBILE');
    // Non-geographic freephone: valid, but no country and no SMS.
    expect(refused('+800 1234 5678', 'US')).toBe('NOT_MOBILE');
  });

  it('refuses national numbers with a leading 0, mobile or not, as LEADING_ZERO', () => {
    expect(refused('01 23 45 6789', 'CI')).toBe('LEADING_ZERO');
    expect(refused('+225 07 12 34 5678', 'US')).toBe('LEADING_ZERO');
    expect(refused('06 1234 5678', 'IT')).toBe('LEADING_ZERO');
    expect(refused('+39 06 1234 5678', 'GB')).toBe('LEADING_ZERO');
  });

  it('never throws on hostile input or a bogus country, and maps it to a refusal', () => {
    const bogus = 'ZZ' as CountryCode;
    const inputs = ['07400123456', '+44 7400 123456', '\u0000', '\ud83d', '💩'.repeat(500)];
    for (const text of inputs) {
      expect(() => encodePhone(text, bogus, metadata)).not.toThrow();
    }
    expect(refused('07400123456', bogus)).toBe('INVALID');
    expect(encodePhone(undefined as unknown as string, 'US', metadata)).toEqual({
      ok: false,
      reason: 'EMPTY',
    });
    expect(encodePhone('07400123456', 'GB', {} as typeof metadata)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
  });

  it('only ever returns integers that round-trip to the national number', () => {
    const samples: [string, CountryCode][] = [
      ['07400 123456', 'GB'],
      ['(11) 96123-4567', 'BR'],
      ['0151 23456789', 'DE'],
      ['+86 131 2345 6789', 'US'],
    ];
    for (const [text, country] of samples) {
      const result = encode(text, country);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(Number.isSafeInteger(result.phone)).toBe(true);
        expect(JSON.parse(JSON.stringify({ phone: result.phone })).phone).toBe(result.phone);
      }
    }
  });
});
