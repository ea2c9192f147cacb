import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCountryIndex } from '../../src/country-search/country-index';
import { searchCountries } from '../../src/country-search/search-countries';
import { countryOptions } from '../../src/phone/picker';

// Intl's members are typed read-only; a writable view lets a test swap one out.
const intl = Intl as unknown as { DisplayNames: unknown };
const { DisplayNames } = intl;
afterEach(() => {
  intl.DisplayNames = DisplayNames;
});

describe('buildCountryIndex: own names', () => {
  it("names each country in its own language, from a fresh page's first index", async () => {
    // A fresh copy of the module: own names are computed once per page, on first use.
    vi.resetModules();
    const fresh = await import('../../src/country-search/country-index');
    const search = await import('../../src/country-search/search-countries');
    const index = fresh.buildCountryIndex(countryOptions('en', {}), 'en');
    const first = (query: string) => search.searchCountries(index, query)[0]?.code;
    expect(first('deutschland')).toBe('DE');
    expect(first('nederland')).toBe('NL');
    expect(first('suomi')).toBe('FI');
    expect(first('polska')).toBe('PL');
    expect(first('日本')).toBe('JP');
  });
});

describe('buildCountryIndex: without Intl.DisplayNames', () => {
  it('still finds countries by ISO code, alias and calling code', () => {
    intl.DisplayNames = undefined;
    const index = buildCountryIndex(countryOptions('en', {}), 'en');
    const search = (query: string) => searchCountries(index, query).map((entry) => entry.code);
    expect(search('gbr')[0]).toBe('GB');
    expect(search('de')[0]).toBe('DE');
    expect(search('holland')[0]).toBe('NL');
    expect(search('+358')).toEqual(['FI', 'AX']);
  });
});
