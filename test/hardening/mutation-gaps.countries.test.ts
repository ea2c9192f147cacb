/**
 * Tests added for mutants of src/phone/countries.ts that survived `npm run test:mutation`.
 * Lists are built inside each test: a mutant that breaks buildCountryList while a suite is
 * being collected is reported as "survived" by Stryker's vitest runner, not as killed.
 */
import full from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildCountryList,
  type CountryEntry,
  defaultCountryFromLanguages,
  filterCountries,
} from '../../src/phone/countries';
import { CALLING_CODES, type CountryCode } from '../../src/phone/metadata';

const codes = (list: readonly CountryEntry[]) => list.map((entry) => entry.code);
const search = (locale: string, query: string) =>
  codes(filterCountries(buildCountryList(locale, CALLING_CODES), query, locale));

// Intl's members are typed read-only; a writable view lets a test swap one out.
const intl = Intl as unknown as { DisplayNames: unknown; Collator: unknown; Locale: unknown };
const original = { DisplayNames: intl.DisplayNames, Collator: intl.Collator, Locale: intl.Locale };
afterEach(() => {
  intl.DisplayNames = original.DisplayNames;
  intl.Collator = original.Collator;
  intl.Locale = original.Locale;
});

describe('buildCountryList', () => {
  it('names, sorts (collation, not code points) and numbers every country', () => {
    const list = buildCountryList('en', CALLING_CODES);
    expect(list).toHaveLength(245);
    const gb = list.find((entry) => entry.code === 'GB');
    expect(gb).toEqual({ code: 'GB', name: 'United Kingdom', callingCode: '44', preferred: false });
    // 'Åland Islands' sorts with the A's, before 'Albania'; code-point order puts it last.
    expect(codes(list).indexOf('AX')).toBeLessThan(codes(list).indexOf('AL'));
  });

  it('keeps collating by the English rules for a malformed locale', () => {
    const list = buildCountryList('@@ not a locale', CALLING_CODES);
    expect(codes(list).indexOf('AX')).toBeLessThan(codes(list).indexOf('AL'));
  });

  it('falls back to plain ordering when Intl.Collator is unusable', () => {
    intl.Collator = class {
      constructor() {
        throw new RangeError('no collator');
      }
    };
    const list = buildCountryList('en-x-nocollator', CALLING_CODES);
    const names = list.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(codes(list).indexOf('AX')).toBeGreaterThan(codes(list).indexOf('ZW'));
  });

  it('orders equal names by code', () => {
    intl.DisplayNames = class {
      of() {
        return 'Same';
      }
    };
    const list = buildCountryList('en-x-same', CALLING_CODES, { countries: ['GB', 'FR', 'DE'] });
    expect(codes(list)).toEqual(['DE', 'FR', 'GB']);
  });

  it("skips non-geographic entities ('001') of a metadata table", () => {
    // The installed metadata has none in its table; older and custom metadata do.
    const table = {
      country_calling_codes: { ...full.country_calling_codes, 800: ['001' as CountryCode] },
    };
    const list = buildCountryList('en', table);
    expect(codes(list)).not.toContain('001');
    expect(codes(list)).toEqual(codes(buildCountryList('en', CALLING_CODES)));
  });

  it('reads host codes loosely: trimmed, any case, UK as GB', () => {
    const loose = [' gb ', 'fr', 'uk', 7] as unknown as CountryCode[];
    const list = buildCountryList('en', CALLING_CODES, { countries: loose });
    expect(codes(list)).toEqual(['FR', 'GB']);
  });

  it('keeps restricted and unrestricted lists apart in the cache', () => {
    expect(buildCountryList('en', CALLING_CODES, { countries: ['GB'] })).toHaveLength(1);
    expect(buildCountryList('en', CALLING_CODES)).toHaveLength(245);
    expect(buildCountryList('en', CALLING_CODES, { countries: ['GB'] })).toHaveLength(1);
    const first = buildCountryList('en', CALLING_CODES, { countries: ['FR', 'DE'] });
    const again = buildCountryList('en', CALLING_CODES, { countries: ['FR', 'DE'] });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('names in English when no locale is given', () => {
    const list = buildCountryList('', CALLING_CODES, { countries: ['DE'] });
    expect(list[0]?.name).toBe('Germany');
  });
});

describe('filterCountries', () => {
  it.each([
    ['pl', 'wlochy', 'IT'],
    ['da', 'faeroerne', 'FO'],
    ['tr', 'kirgizistan', 'KG'],
    ['is', 'thyskaland', 'DE'],
    ['is', 'sudur afr', 'ZA'],
    ['vi', 'dai loan', 'TW'],
  ])('folds letters NFKD keeps (%s: %s finds %s)', (locale, query, code) => {
    expect(search(locale, query)).toEqual([code]);
  });

  it('treats runs of punctuation and spaces as one word break', () => {
    expect(search('en', 'guinea - bissau')).toEqual(['GW']);
    expect(search('en', '  gb  ')).toEqual(['GB']);
  });

  it('finds nothing for punctuation only or a code with letters', () => {
    expect(search('en', '—')).toEqual([]);
    expect(search('en', 'uk 44')).toEqual([]);
    expect(search('en', '44x')).toEqual([]);
  });

  it('lists an ISO match once, first', () => {
    const found = search('en', 'in');
    expect(found[0]).toBe('IN');
    expect(found.filter((code) => code === 'IN')).toHaveLength(1);
  });

  it('returns a fresh copy of the whole list for no query', () => {
    const list = buildCountryList('en', CALLING_CODES);
    for (const query of ['', '+', undefined as never]) {
      const result = filterCountries(list, query, 'en');
      expect(result).toEqual(list);
      expect(result).not.toBe(list);
    }
  });

  it('folds case even with a malformed locale', () => {
    expect(search('en', 'GERMANY')).toEqual(['DE']);
    const list = buildCountryList('en', CALLING_CODES);
    expect(codes(filterCountries(list, 'GERMANY', '@@ bad'))).toEqual(['DE']);
  });
});

describe('defaultCountryFromLanguages', () => {
  const all = () => Object.keys(full.countries).sort() as CountryCode[];

  it('reads trimmed tags and ignores non-strings', () => {
    expect(defaultCountryFromLanguages([42 as never, ' en-GB '], all())).toBe('GB');
    expect(defaultCountryFromLanguages(['de'], all())).toBe('US');
  });

  it('falls back to a pattern where Intl.Locale is missing', () => {
    intl.Locale = undefined;
    expect(defaultCountryFromLanguages(['en-GB'], all())).toBe('GB');
    expect(defaultCountryFromLanguages(['zh-Hant-TW'], all())).toBe('TW');
    expect(defaultCountryFromLanguages(['abcdefgh-NZ-x'], all())).toBe('NZ');
    expect(defaultCountryFromLanguages(['en-G', 'en-GBR', 'fr-FR'], all())).toBe('FR');
  });

  it('parses tags Intl.Locale refuses with the pattern', () => {
    expect(defaultCountryFromLanguages(['en-GB-'], all())).toBe('GB');
  });

  it('says US for an empty list of available countries', () => {
    expect(defaultCountryFromLanguages(['en-GB'], [])).toBe('US');
  });
});
