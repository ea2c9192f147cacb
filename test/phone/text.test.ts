import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { CALLING_CODES, type CountryCode } from '../../src/phone/metadata';
import { cleanPhoneText, leadingCallingCode, toParseInput } from '../../src/phone/text';

describe('cleanPhoneText', () => {
  it('keeps the digits and one leading plus, dropping separators', () => {
    expect(cleanPhoneText('+44 (0)7400-123.456')).toEqual({
      ok: true,
      plus: true,
      digits: '4407400123456',
    });
    expect(cleanPhoneText('0740/012 3456')).toEqual({
      ok: true,
      plus: false,
      digits: '07400123456',
    });
  });

  it('reads a full-width plus and digits', () => {
    expect(cleanPhoneText('＋４４ ７４００')).toEqual({ ok: true, plus: true, digits: '447400' });
  });

  it('refuses a second plus, a plus after digits, and letters', () => {
    expect(cleanPhoneText('++44')).toEqual({ ok: false });
    expect(cleanPhoneText('44+7400')).toEqual({ ok: false });
    expect(cleanPhoneText('0740 abc')).toEqual({ ok: false });
    expect(cleanPhoneText('0740#1')).toEqual({ ok: false });
  });

  it('reads a number copied from a tel: link', () => {
    const number = { ok: true, plus: true, digits: '16502530000' };
    expect(cleanPhoneText('tel:+1-650-253-0000')).toEqual(number);
    expect(cleanPhoneText('TEL:+1-650-253-0000')).toEqual(number);
    expect(cleanPhoneText('  tel:+1 650 253 0000')).toEqual(number);
    expect(cleanPhoneText('\ttel:+16502530000')).toEqual(number);
  });

  it('only drops tel: at the start', () => {
    expect(cleanPhoneText('+1 650 tel:253 0000')).toEqual({ ok: false });
    expect(cleanPhoneText('x tel:+16502530000')).toEqual({ ok: false });
  });

  it('reads anything but a string as empty', () => {
    expect(cleanPhoneText(undefined)).toEqual({ ok: true, plus: false, digits: '' });
    expect(cleanPhoneText(16502530000)).toEqual({ ok: true, plus: false, digits: '' });
  });
});

const parseInput = (digits: string, country: CountryCode) =>
  toParseInput({ plus: false, digits }, country, metadata);

describe('toParseInput', () => {
  it('reads a leading plus as international', () => {
    expect(toParseInput({ plus: true, digits: '447400123456' }, 'US', metadata)).toBe(
      '+447400123456',
    );
  });

  it("reads the selected country's exit code and 00 as international", () => {
    expect(parseInput('011447400123456', 'US')).toBe('+447400123456');
    expect(parseInput('0011447400123456', 'AU')).toBe('+447400123456');
    expect(parseInput('00447400123456', 'US')).toBe('+447400123456');
    expect(parseInput('00447400123456', 'GB')).toBe('+447400123456');
  });

  it("reads 00 and the selected country's own code as its number, whatever its exit code", () => {
    expect(parseInput('00821012345678', 'KR')).toBe('+821012345678');
    expect(parseInput('005511961234567', 'BR')).toBe('+5511961234567');
  });

  it('keeps an exit code with nothing after it national', () => {
    expect(parseInput('011', 'US')).toBe('011');
    expect(parseInput('00', 'US')).toBe('00');
    expect(parseInput('00', 'FR')).toBe('00');
  });

  it('keeps a 0 after the exit code national: no calling code starts with 0', () => {
    expect(parseInput('0110123', 'US')).toBe('0110123');
    expect(parseInput('0001234', 'US')).toBe('0001234');
    expect(parseInput('0001234', 'FR')).toBe('0001234');
  });

  it('keeps national digits as they are', () => {
    expect(parseInput('07400123456', 'GB')).toBe('07400123456');
    expect(parseInput('2015550123', 'US')).toBe('2015550123');
  });

  it("reads 00 as international before the selected country's rules have loaded", () => {
    const plusOne: readonly string[] = metadata.country_calling_codes['1'] ?? [];
    const zone1 = Object.fromEntries(
      Object.entries(metadata.countries).filter(([code]) => plusOne.includes(code)),
    );
    const rules = { ...metadata, countries: zone1 } as typeof metadata;
    expect(toParseInput({ plus: false, digits: '0033612345678' }, 'GB', rules)).toBe(
      '+33612345678',
    );
  });
});

describe('leadingCallingCode', () => {
  it('finds calling codes of one, two and three digits', () => {
    expect(leadingCallingCode('16502530000', CALLING_CODES)).toBe('1');
    expect(leadingCallingCode('447400123456', CALLING_CODES)).toBe('44');
    expect(leadingCallingCode('358401234567', CALLING_CODES)).toBe('358');
    expect(leadingCallingCode('358', CALLING_CODES)).toBe('358');
  });

  it('finds none in digits no calling code starts', () => {
    expect(leadingCallingCode('', CALLING_CODES)).toBeUndefined();
    expect(leadingCallingCode('0123', CALLING_CODES)).toBeUndefined();
    expect(leadingCallingCode('999123', CALLING_CODES)).toBeUndefined();
  });
});
