import { describe, expect, it } from 'vitest';
import { fold } from '../../src/country-search/fold';

describe('fold', () => {
  it.each([
    ['Øst', 'ost'],
    ['Færøerne', 'faeroerne'],
    ['Œuvre', 'oeuvre'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Đakovo', 'dakovo'],
    ['Ðe', 'de'],
    ['Þórshöfn', 'thorshofn'],
    ['Kırıkkale', 'kirikkale'],
  ])('folds the letters NFKD keeps whole: %s is %s', (text, folded) => {
    expect(fold(text, 'en')).toBe(folded);
  });

  it('folds capitals of those letters too', () => {
    expect(fold('ØSTERBRO', 'da')).toBe('osterbro');
    expect(fold('ÆRØ', 'da')).toBe('aero');
    expect(fold('ŁÓDŹ', 'pl')).toBe('lodz');
  });

  it('drops accents and lower-cases', () => {
    expect(fold('Côte d’Ivoire', 'fr')).toBe('cote d ivoire');
    expect(fold('COTE D IVOIRE', 'fr')).toBe('cote d ivoire');
    expect(fold('São Tomé', 'pt')).toBe('sao tome');
    expect(fold('Ｊａｐａｎ', 'en')).toBe('japan');
  });

  it('turns runs of punctuation and spaces into one space, trimmed', () => {
    expect(fold('Guinea -- Bissau!!', 'en')).toBe('guinea bissau');
    expect(fold('  (Korea),  South ', 'en')).toBe('korea south');
    expect(fold('St. Kitts & Nevis', 'en')).toBe('st kitts nevis');
    expect(fold('?!', 'en')).toBe('');
  });

  it('keeps letters of every script and digits', () => {
    expect(fold('日本', 'ja')).toBe('日本');
    expect(fold('Россия', 'ru')).toBe('россия');
    expect(fold('Area 51', 'en')).toBe('area 51');
  });

  it('lower-cases the way the locale does: Turkish İ and I are both i', () => {
    expect(fold('İSTANBUL', 'tr')).toBe('istanbul');
    expect(fold('ISPARTA', 'tr')).toBe('isparta');
    expect(fold('IĞDIR', 'tr')).toBe('igdir');
  });

  it('lower-cases anyway when the locale is malformed', () => {
    expect(fold('ÉGYPTE', 'not a locale!')).toBe('egypte');
    expect(fold('ØST', '')).toBe('ost');
  });
});
