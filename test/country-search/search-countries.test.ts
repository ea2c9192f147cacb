import { describe, expect, it } from 'vitest';
import { buildCountryIndex } from '../../src/country-search/country-index';
import { searchCountries } from '../../src/country-search/search-countries';
import { countryOptions } from '../../src/phone/picker';

function search(locale: string, options: { preferred?: string[]; countries?: string[] } = {}) {
  const index = buildCountryIndex(countryOptions(locale, options), locale);
  return (query: string) => searchCountries(index, query).map((entry) => entry.code);
}

describe('searchCountries: names', () => {
  it.each([
    ['en', 'united king', 'GB'],
    ['en', 'germ', 'DE'],
    ['fr', 'royaume', 'GB'],
    ['fr', 'allemagne', 'DE'],
    ['fr', 'ALLEMAGNE', 'DE'],
    ['de', 'vereinigtes', 'GB'],
    ['de', 'spanien', 'ES'],
    ['ja', 'イギリス', 'GB'],
    ['ja', 'ドイツ', 'DE'],
    ['ar', 'المملكة المتحدة', 'GB'],
    ['ar', 'ألمانيا', 'DE'],
  ])('in %s, "%s" finds %s first', (locale, query, code) => {
    expect(search(locale)(query)[0]).toBe(code);
  });

  it('finds English names in every locale, as a second index', () => {
    for (const locale of ['fr', 'de', 'ja', 'ar']) {
      expect(search(locale)('germany')[0]).toBe('DE');
      expect(search(locale)('united kingdom')[0]).toBe('GB');
    }
  });

  it("finds a country by its own name, whatever the gate's locale", () => {
    const en = search('en');
    expect(en('deutschland')[0]).toBe('DE');
    expect(en('españa')[0]).toBe('ES');
    expect(en('espana')[0]).toBe('ES');
    expect(en('日本')[0]).toBe('JP');
    expect(search('fr')('nihon')[0]).toBe('JP');
    expect(search('ar')('Россия')[0]).toBe('RU');
  });

  it('ignores case, accents and punctuation', () => {
    const fr = search('fr');
    expect(fr('cote d iv')[0]).toBe('CI');
    expect(fr('CÔTE-D’IVOIRE')[0]).toBe('CI');
    expect(fr('égyp')[0]).toBe('EG');
    expect(fr('egyp')[0]).toBe('EG');
    expect(search('en')('aland')[0]).toBe('AX');
  });
});

describe('searchCountries: aliases and codes', () => {
  it.each([
    ['uk', 'GB'],
    ['UK', 'GB'],
    ['great britain', 'GB'],
    ['england', 'GB'],
    ['usa', 'US'],
    ['america', 'US'],
    ['holland', 'NL'],
    ['korea', 'KR'],
    ['czech republic', 'CZ'],
    ['czechia', 'CZ'],
    ['ivory coast', 'CI'],
    ['burma', 'MM'],
    ['swaziland', 'SZ'],
    ['turkey', 'TR'],
    ['türkiye', 'TR'],
    ['gb', 'GB'],
    ['GBR', 'GB'],
    ['deu', 'DE'],
    ['us', 'US'],
  ])('"%s" finds %s first', (query, code) => {
    expect(search('en')(query)[0]).toBe(code);
    expect(search('fr')(query)[0]).toBe(code);
  });

  it('lists every country sharing a calling code, the most populous first, with or without +', () => {
    const en = search('en');
    expect(en('+44')).toEqual(['GB', 'JE', 'IM', 'GG']);
    expect(en('44')).toEqual(['GB', 'JE', 'IM', 'GG']);
    expect(en('0044')).toEqual(['GB', 'JE', 'IM', 'GG']);
    expect(en('+7')).toEqual(['RU', 'KZ']);
    const plusOne = en('+1');
    expect(plusOne.slice(0, 3)).toEqual(['US', 'CA', 'DO']);
    expect(plusOne).toHaveLength(25);
  });

  it('lists longer calling codes that start with the digits after the exact ones', () => {
    const en = search('en');
    const found = en('+35');
    expect(found).toContain('PT');
    expect(found).toContain('IE');
    expect(en('+3')[0]).toBe('GR');
    expect(en('+0')).toEqual([]);
  });

  it('reads a whole number by its calling code', () => {
    expect(search('en')('+44 7400 123456')).toEqual(['GB', 'JE', 'IM', 'GG']);
    expect(search('en')('+1 (650) 253-0000')[0]).toBe('US');
  });

  it('lists every country for an empty query, in the list order', () => {
    const all = search('en', { preferred: ['GB'] });
    expect(all('')).toHaveLength(245);
    expect(all(' ')[0]).toBe('GB');
    expect(all('+')).toHaveLength(245);
  });

  it('finds nothing for text no country has', () => {
    expect(search('en')('xyzzy')).toEqual([]);
    expect(search('en')('!!')).toEqual([]);
  });
});

describe('searchCountries: ranking', () => {
  it('puts an exact code or alias above name prefixes: "uk" is GB, then Ukraine', () => {
    const found = search('en')('uk');
    expect(found[0]).toBe('GB');
    expect(found.indexOf('UA')).toBeGreaterThan(0);
  });

  it('puts name prefixes above word prefixes above substrings', () => {
    const found = search('en')('guinea');
    // "Guinea" (exact), then "Guinea-Bissau" (prefix) before "Papua New Guinea" (word).
    expect(found[0]).toBe('GN');
    expect(found.indexOf('GW')).toBeLessThan(found.indexOf('PG'));
    const land = search('en')('land');
    // No name starts with "land"; "mark" / "land" inside a word are substrings, ranked last.
    const finland = land.indexOf('FI');
    expect(finland).toBeGreaterThan(-1);
    expect(land.slice(finland)).toContain('IS');
  });

  it('never lists a worse match above a better one while the viewer types a name', () => {
    const index = buildCountryIndex(countryOptions('en', {}), 'en');
    const byCode = new Map(index.countries.map((country) => [country.entry.code, country]));
    const name = 'united states';
    for (let length = 2; length <= name.length; length++) {
      const query = name.slice(0, length);
      const found = searchCountries(index, query).map((entry) => entry.code);
      const us = found.indexOf('US');
      expect(us, query).toBeGreaterThan(-1);
      // Everything above the US matches at least as well: a code, or a name starting so.
      for (const code of found.slice(0, us)) {
        const country = byCode.get(code);
        const asGood =
          country?.codes.includes(query) || country?.names.some((n) => n.startsWith(query));
        expect(asGood, `${code} above US for "${query}"`).toBe(true);
      }
    }
  });

  it('puts preferred countries first among equals', () => {
    const found = search('en', { preferred: ['CA'] })('+1');
    expect(found[0]).toBe('CA');
    expect(found[1]).toBe('US');
    const united = search('en', { preferred: ['US'] })('united');
    expect(united[0]).toBe('US');
    expect(united.slice(1, 3)).toEqual(['AE', 'GB']);
  });

  it('searches only the countries the host offers', () => {
    expect(search('en', { countries: ['US', 'CA'] })('+44')).toEqual([]);
    expect(search('en', { countries: ['US', 'CA'] })('+1')).toEqual(['US', 'CA']);
  });
});
