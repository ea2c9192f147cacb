import metadata from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCountryList, defaultCountryFromLanguages } from '../../src/phone/countries';
import {
  CALLING_CODES,
  type CountryCode,
  getCountryCallingCode,
  isKnownCountry,
} from '../../src/phone/metadata';

describe('metadata', () => {
  it('keeps the eager calling-code table equal to the installed metadata', () => {
    expect(CALLING_CODES.country_calling_codes).toEqual(metadata.country_calling_codes);
  });

  it('lists countries and calling codes from either table', () => {
    const listed = buildCountryList('en', CALLING_CODES).map((entry) => entry.code);
    expect(listed.sort()).toEqual(Object.keys(metadata.countries).sort());
    expect(listed).toHaveLength(245);
    expect(getCountryCallingCode('GB', CALLING_CODES)).toBe('44');
    expect(getCountryCallingCode('CA', metadata)).toBe('1');
    expect(getCountryCallingCode('ZZ', metadata)).toBeUndefined();
    expect(isKnownCountry('JE', CALLING_CODES)).toBe(true);
    expect(isKnownCountry('gb', CALLING_CODES)).toBe(false);
    expect(isKnownCountry(42, CALLING_CODES)).toBe(false);
  });
});

describe('buildCountryList', () => {
  it('names countries in the locale and sorts them the way it sorts', () => {
    const list = buildCountryList('fr', CALLING_CODES);
    expect(list).toHaveLength(245);
    const byCode = new Map(list.map((entry) => [entry.code, entry]));
    expect(byCode.get('DE')).toEqual({
      code: 'DE',
      name: 'Allemagne',
      callingCode: '49',
      preferred: false,
    });
    expect(byCode.get('GB')?.name).toBe('Royaume-Uni');
    const names = list.map((entry) => entry.name);
    // 'Égypte' sorts among the E's in French, not after 'Z' as code units would put it.
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
    expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Danemark'));
  });

  it('puts preferred countries first in the given order, without duplicates', () => {
    const list = buildCountryList('en', CALLING_CODES, {
      preferred: ['US', 'GB', 'ZZ' as 'US', 'GB'],
    });
    expect(list.slice(0, 2).map((entry) => [entry.code, entry.preferred])).toEqual([
      ['US', true],
      ['GB', true],
    ]);
    expect(list[2]?.preferred).toBe(false);
    expect(list.filter((entry) => entry.code === 'GB')).toHaveLength(1);
    expect(list).toHaveLength(245);
  });

  it('restricts to the given countries, ignoring unknown codes', () => {
    const list = buildCountryList('en', metadata, {
      countries: ['FR', 'gb', 'XX', 'CA'],
      preferred: ['CA', 'DE'],
    });
    expect(list.map((entry) => entry.code)).toEqual(['CA', 'FR', 'GB']);
    expect(list[0]?.preferred).toBe(true);
  });

  it('lists every country when the restriction names none it knows', () => {
    expect(buildCountryList('en', CALLING_CODES, { countries: ['XX'] })).toHaveLength(245);
  });

  it('caches per locale and options but returns a fresh array each time', () => {
    const a = buildCountryList('de', CALLING_CODES);
    const b = buildCountryList('de', CALLING_CODES);
    expect(a).not.toBe(b);
    expect(a[0]).toBe(b[0]);
    a.reverse();
    expect(buildCountryList('de', CALLING_CODES)[0]).toBe(b[0]);
  });

  describe('without a working Intl.DisplayNames', () => {
    // Intl's members are typed read-only; a writable view lets the test swap one out.
    const intl = Intl as unknown as { DisplayNames: unknown };
    const original = intl.DisplayNames;
    afterEach(() => {
      intl.DisplayNames = original;
    });

    it('falls back to the code when DisplayNames is missing', () => {
      intl.DisplayNames = undefined;
      const list = buildCountryList('nl', CALLING_CODES);
      expect(list.find((entry) => entry.code === 'DE')?.name).toBe('DE');
    });

    it('falls back to the code when DisplayNames throws', () => {
      intl.DisplayNames = class {
        constructor() {
          throw new RangeError('nope');
        }
      };
      const list = buildCountryList('sv', CALLING_CODES);
      expect(list.find((entry) => entry.code === 'FR')?.name).toBe('FR');
    });
  });

  it('survives a malformed locale by naming in English', () => {
    const list = buildCountryList('not a locale!', CALLING_CODES);
    expect(list.find((entry) => entry.code === 'DE')?.name).toBe('Germany');
  });
});

describe('defaultCountryFromLanguages', () => {
  const all = Object.keys(metadata.countries).sort() as CountryCode[];

  it('picks the first available region subtag', () => {
    expect(defaultCountryFromLanguages(['en-GB', 'en'], all)).toBe('GB');
    expect(defaultCountryFromLanguages(['fr', 'fr-CA'], all)).toBe('CA');
    expect(defaultCountryFromLanguages(['zh-Hant-TW'], all)).toBe('TW');
    expect(defaultCountryFromLanguages(['pt_BR'], all)).toBe('BR');
    expect(defaultCountryFromLanguages(['en-UK'], all)).toBe('GB');
  });

  it('skips regions that are not available and falls back to US', () => {
    expect(defaultCountryFromLanguages(['es-419', 'fr'], all)).toBe('US');
    expect(defaultCountryFromLanguages([], all)).toBe('US');
    expect(defaultCountryFromLanguages(['de-DE', 'fr-FR'], ['FR', 'GB'])).toBe('FR');
  });

  it('falls back to the first available country when US is not available', () => {
    expect(defaultCountryFromLanguages(['ja-JP'], ['GB', 'FR'])).toBe('GB');
  });
});
