import { describe, expect, it } from 'vitest';
import { buildCountryIndex } from '../../src/country-search/country-index';
import { searchCountries } from '../../src/country-search/search-countries';
import { countryOptions } from '../../src/phone/picker';

const index = buildCountryIndex(countryOptions('en', {}), 'en');
const search = (query: string) => searchCountries(index, query).map((entry) => entry.code);

describe('searchCountries: dialled numbers', () => {
  it('reads 00 only as an exit code at the start', () => {
    expect(search('00358')).toEqual(['FI', 'AX']);
    // The 00 inside +500 51234 is part of the calling code: Falklands, not Peru (+51).
    expect(search('+500 51234')).toEqual(['FK']);
  });

  it('reads spaced, bracketed and dashed numbers by their calling code', () => {
    expect(search('+358 40 123 4567')).toEqual(['FI', 'AX']);
    expect(search('(0044) 7400-123.456')).toEqual(['GB', 'JE', 'IM', 'GG']);
    expect(search(' +61 412 345 678 ')).toEqual(['AU', 'CX', 'CC']);
  });

  it('matches up to three digits against calling codes only', () => {
    // 449 is no calling code and starts none, even though 44 is one.
    expect(search('449')).toEqual([]);
    expect(search('4497')).toEqual(['GB', 'JE', 'IM', 'GG']);
  });

  it('finds nothing for a whole number no calling code starts', () => {
    expect(search('+999 123 4567')).toEqual([]);
    expect(search('0000 1234')).toEqual([]);
  });

  it('reads text mixing digits and letters as text', () => {
    expect(search('44 uk')).toEqual([]);
    expect(search('uk 44')).toEqual([]);
    expect(search('g8')).toEqual([]);
    expect(search('+44a')).toEqual([]);
  });
});

describe('searchCountries: text ranking', () => {
  it('ranks names starting with the text above names with a word starting so', () => {
    // República Dominicana and Republica Moldova (their own names) start with "rep"; the
    // Central African Republic and the Czech Republic only have a word that does.
    expect(search('rep')).toEqual(['DO', 'MD', 'CF', 'CZ']);
  });

  it('ranks a word prefix above a match inside a word', () => {
    // Maroc, Marshall Islands, Martinique; Northern Mariana Islands, San Marino, St. Martin;
    // then Denmark and Myanmar, which hold "mar" inside a word.
    expect(search('mar')).toEqual(['MA', 'MH', 'MQ', 'MP', 'SM', 'MF', 'DK', 'MM']);
  });

  it('ranks every country with a word starting with the text alike, in list order', () => {
    // The Central African Republic's Sango name has no such word; its English one does.
    expect(search('africa')).toEqual(['CF', 'ZA']);
  });

  it('matches one letter only at the start of a word', () => {
    const found = search('z');
    expect(found).toContain('ZW');
    expect(found).toContain('NZ');
    expect(found).not.toContain('VE');
    expect(found).not.toContain('BZ');
  });

  it('matches two letters inside a word too', () => {
    expect(search('ez')).toContain('VE');
  });
});
