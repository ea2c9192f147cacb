import metadata from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCountryFromLanguages, toCountryCode } from '../../src/phone/countries';
import type { CountryCode } from '../../src/phone/metadata';

const all = Object.keys(metadata.countries).sort() as CountryCode[];
const fromLanguage = (language: string) => defaultCountryFromLanguages([language], all);

describe('toCountryCode', () => {
  it('reads a host or browser code in any case and spacing', () => {
    expect(toCountryCode(' gb ')).toBe('GB');
    expect(toCountryCode('Fr')).toBe('FR');
    expect(toCountryCode('zz')).toBe('ZZ');
  });

  it("reads 'UK', which is not ISO, as GB", () => {
    expect(toCountryCode('uk')).toBe('GB');
    expect(toCountryCode(' UK')).toBe('GB');
  });

  it('gives an empty code for anything but a string', () => {
    expect(toCountryCode(undefined)).toBe('');
    expect(toCountryCode(44)).toBe('');
    expect(toCountryCode(null)).toBe('');
  });
});

describe('defaultCountryFromLanguages: language tags', () => {
  it('reads a tag with spaces around it', () => {
    expect(fromLanguage(' en-GB ')).toBe('GB');
    expect(fromLanguage('pt_BR ')).toBe('BR');
  });

  it('reads a deprecated region code as the country that replaced it', () => {
    expect(fromLanguage('sr-YU')).toBe('RS');
    expect(fromLanguage('my-BU')).toBe('MM');
  });

  it('reads the region of a tag Intl maps to a language of its own', () => {
    // British Sign Language: Intl reads 'sgn-GB' as the language 'bfi', without a region.
    expect(fromLanguage('sgn-GB')).toBe('GB');
  });

  it('reads the region of a tag Intl refuses, when it has the usual shape', () => {
    expect(fromLanguage('en-GB-')).toBe('GB');
    expect(fromLanguage('zh-Hant-TW-')).toBe('TW');
    expect(fromLanguage('engl-GB')).toBe('GB');
  });

  it('finds no region in a tag that does not start with a language', () => {
    expect(fromLanguage('x-GB')).toBe('US');
    expect(fromLanguage('12-GB')).toBe('US');
    expect(fromLanguage('x-en-GB')).toBe('US');
    expect(fromLanguage('en-GBR')).toBe('US');
  });

  it('skips a tag whose region is not a country and reads the next', () => {
    expect(defaultCountryFromLanguages(['es-419', 'fr', 'de-AT'], all)).toBe('AT');
    expect(defaultCountryFromLanguages(['sgn-GB', 'fr-FR'], ['FR'])).toBe('FR');
  });

  describe('without Intl.Locale', () => {
    const intl = Intl as unknown as { Locale: unknown };
    const { Locale } = intl;
    afterEach(() => {
      intl.Locale = Locale;
    });

    it('still reads the region subtag', () => {
      intl.Locale = undefined;
      expect(fromLanguage('en-GB')).toBe('GB');
      expect(fromLanguage('zh-Hant-TW')).toBe('TW');
      expect(fromLanguage('pt_BR')).toBe('BR');
      expect(fromLanguage('en-UK')).toBe('GB');
      expect(fromLanguage('de-CH-1996')).toBe('CH');
      expect(fromLanguage('fr')).toBe('US');
      expect(fromLanguage('es-419')).toBe('US');
    });
  });
});

describe('defaultCountryFromLanguages: fallbacks', () => {
  it('falls back to US when nothing is available, and when US is', () => {
    expect(defaultCountryFromLanguages(['en-GB'], [])).toBe('US');
    expect(defaultCountryFromLanguages(['ja-JP'], ['FR', 'US'])).toBe('US');
  });
});
