import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { exampleNumber } from '../../src/phone/examples';
import type { CountryCode } from '../../src/phone/metadata';
import { detectCountry, formatAsYouType } from '../../src/phone/typing';

const detect = (text: string, current: CountryCode) => detectCountry(text, current, metadata);

describe('detectCountry', () => {
  it('switches to the only country of a calling code', () => {
    expect(detect('+33 6 12 34 56 78', 'US')).toBe('FR');
    expect(detect('+49', 'US')).toBe('DE');
    expect(detect('0049 151', 'US')).toBe('DE');
    expect(detect('011 91 81234', 'US')).toBe('IN');
  });

  it('returns undefined when nothing should switch', () => {
    expect(detect('', 'US')).toBeUndefined();
    expect(detect('+', 'US')).toBeUndefined();
    expect(detect('+44 7400 123456', 'GB')).toBeUndefined();
    expect(detect('07400 123456', 'GB')).toBeUndefined();
    expect(detect('201 555 0123', 'US')).toBeUndefined();
    expect(detect('+999 123', 'US')).toBeUndefined();
    expect(detect('+800 1234 5678', 'US')).toBeUndefined();
    expect(detect('hello', 'US')).toBeUndefined();
  });

  it('picks the country whose rules fit a complete number with a shared code', () => {
    expect(detect('+1 506 234 5678', 'US')).toBe('CA');
    expect(detect('+1 201 555 0123', 'CA')).toBe('US');
    expect(detect('+44 7797 712345', 'GB')).toBe('JE');
    expect(detect('+44 7400 123456', 'JE')).toBe('GB');
    expect(detect('+7 912 345 6789', 'KZ')).toBe('RU');
  });

  it('keeps the current country for an incomplete number it shares the code with', () => {
    expect(detect('+1 506', 'CA')).toBeUndefined();
    expect(detect('+1 506', 'JM')).toBeUndefined();
    expect(detect('+44 7', 'JE')).toBeUndefined();
  });

  it('falls back to the main country of a shared code', () => {
    expect(detect('+1', 'FR')).toBe('US');
    expect(detect('+44 7', 'FR')).toBe('GB');
  });

  it('uses leading digits when they already tell the country', () => {
    expect(detect('+7 7', 'US')).toBe('KZ');
  });

  it('switches a national number to the sharing country it belongs to', () => {
    expect(detect('506 234 5678', 'US')).toBe('CA');
    expect(detect('07797 712345', 'GB')).toBe('JE');
    // Incomplete: too early to tell, so nothing moves.
    expect(detect('506 234', 'US')).toBeUndefined();
  });

  it('never throws', () => {
    expect(() => detect('😀'.repeat(100), 'US')).not.toThrow();
    // No rules for the selected country, so nothing to read its exit code with: no guess.
    expect(detectCountry('+44', 'ZZ' as CountryCode, metadata)).toBeUndefined();
    expect(detectCountry('+44', 'GB', {} as typeof metadata)).toBeUndefined();
  });
});

describe('formatAsYouType', () => {
  it('formats national input in the national style', () => {
    expect(formatAsYouType('2015550123', 'US', metadata)).toBe('(201) 555-0123');
    expect(formatAsYouType('07400123456', 'GB', metadata)).toBe('07400 123456');
    expect(formatAsYouType('２０１５５５０', 'US', metadata)).toBe('(201) 555-0');
  });

  it('formats international input internationally', () => {
    expect(formatAsYouType('+447400123456', 'US', metadata)).toBe('+44 7400 123456');
  });

  it('returns text with letters untouched and never throws', () => {
    expect(formatAsYouType('0740abc', 'GB', metadata)).toBe('0740abc');
    expect(formatAsYouType('', 'GB', metadata)).toBe('');
    expect(() => formatAsYouType('1'.repeat(500), 'ZZ' as CountryCode, metadata)).not.toThrow();
  });
});

describe('exampleNumber', () => {
  it('gives a national example mobile for the placeholder', () => {
    expect(exampleNumber('GB', metadata)).toBe('07400 123456');
    expect(exampleNumber('US', metadata)).toBe('(201) 555-0123');
    expect(exampleNumber('ZZ' as CountryCode, metadata)).toBeUndefined();
  });
});
