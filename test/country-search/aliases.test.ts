import { describe, expect, it } from 'vitest';
import { buildCountryIndex } from '../../src/country-search/country-index';
import { searchCountries } from '../../src/country-search/search-countries';
import { countryOptions } from '../../src/phone/picker';

function search(locale: string) {
  const index = buildCountryIndex(countryOptions(locale, {}), locale);
  return (query: string) => searchCountries(index, query).map((entry) => entry.code);
}

describe('searchCountries: the names viewers use that Intl does not give', () => {
  it.each([
    ['uae', 'AE'],
    ['emirates', 'AE'],
    ['drc', 'CD'],
    ['dr congo', 'CD'],
    ['congo kinshasa', 'CD'],
    ['zaire', 'CD'],
    ['congo brazzaville', 'CG'],
    ['zhongguo', 'CN'],
    ['prc', 'CN'],
    ['cape verde', 'CV'],
    ['bharat', 'IN'],
    ['persia', 'IR'],
    ['nippon', 'JP'],
    ['north korea', 'KP'],
    ['dprk', 'KP'],
    ['macedonia', 'MK'],
    ['burma', 'MM'],
    ['palestine', 'PS'],
    ['eswatini', 'SZ'],
    ['east timor', 'TL'],
    ['turkiye', 'TR'],
    ['united states of america', 'US'],
    ['vatican', 'VA'],
    ['holy see', 'VA'],
    ['scotland', 'GB'],
    ['wales', 'GB'],
    ['northern ireland', 'GB'],
  ])('"%s" finds %s first, in any locale', (query, code) => {
    for (const locale of ['en', 'ja', 'ar']) {
      expect(search(locale)(query)[0], locale).toBe(code);
    }
  });
});

describe('searchCountries: countries sharing a calling code', () => {
  it.each([
    ['+47', ['NO', 'SJ']],
    ['+61', ['AU', 'CX', 'CC']],
    ['+212', ['MA', 'EH']],
    ['+262', ['RE', 'YT']],
    ['+290', ['SH', 'TA']],
    ['+358', ['FI', 'AX']],
    ['+590', ['GP', 'MF', 'BL']],
    ['+599', ['CW', 'BQ']],
  ])('%s lists the most populous first, whatever the names sort as', (query, codes) => {
    for (const locale of ['en', 'ja', 'de', 'ar']) {
      expect(search(locale)(query), locale).toEqual(codes);
    }
  });
});
