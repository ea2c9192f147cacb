import type { CountryEntry } from '../phone/countries';
import type { CountrySearchIndex, IndexedCountry } from './country-index';
import { fold } from './fold';

/** How well a country matches, best first; `undefined` is no match. */
const Rank = { exact: 0, prefix: 1, wordPrefix: 2, substring: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

// '+44', '44', '0044', '+1 (650)': a calling code, maybe with the start of a number after it.
const DIALLED = /^\+?[\d\s().-]+$/;

function byCallingCode(country: IndexedCountry, digits: string): Rank | undefined {
  const code = country.entry.callingCode;
  if (code === digits) return Rank.exact;
  if (code.startsWith(digits)) return Rank.prefix;
  return undefined;
}

function byText(country: IndexedCountry, query: string): Rank | undefined {
  if (country.codes.includes(query) || country.aliases.includes(query)) return Rank.exact;
  if (country.names.includes(query)) return Rank.exact;
  if (country.names.some((name) => name.startsWith(query))) return Rank.prefix;
  if (country.names.some((name) => ` ${name}`.includes(` ${query}`))) return Rank.wordPrefix;
  // One letter inside a word matches nearly every country: only longer text searches within.
  if (query.length > 1 && country.names.some((name) => name.includes(query))) {
    return Rank.substring;
  }
  return undefined;
}

function ranked(
  index: CountrySearchIndex,
  rank: (country: IndexedCountry) => Rank | undefined,
  byCode: boolean,
): CountryEntry[] {
  const matches: { country: IndexedCountry; rank: Rank }[] = [];
  for (const country of index.countries) {
    const found = rank(country);
    if (found !== undefined) matches.push({ country, rank: found });
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.country.entry.preferred) - Number(a.country.entry.preferred) ||
      (byCode ? compareCallingCodes(a.country, b.country) : 0) ||
      a.country.order - b.country.order,
  );
  return matches.map((match) => match.country.entry);
}

/** Shorter codes first (`+3`: Greece's 30 before Gibraltar's 350), then the most populous. */
function compareCallingCodes(a: IndexedCountry, b: IndexedCountry): number {
  const [x, y] = [a.entry.callingCode, b.entry.callingCode];
  return x.length - y.length || Number(x) - Number(y) || a.shareRank - b.shareRank;
}

/** The calling code a run of digits starts with: codes are prefix-free, 1 to 3 digits. */
function leadingCode(index: CountrySearchIndex, digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (index.countries.some((country) => country.entry.callingCode === code)) return code;
  }
  return undefined;
}

/**
 * The countries matching what the viewer typed, best first: an exact ISO code (`gb`, `gbr`),
 * alias (`uk`) or name, then names starting with the text, then names with a word starting
 * with it, then names containing it; preferred countries first among equals, then the list's
 * order. Digits (`44`, `+44`, `0044`) match calling codes, the most populous country of a
 * shared code first; a whole number (`+44 7400…`) lists its calling code's countries.
 * Case, accents and punctuation are ignored. An empty query lists every country.
 */
export function searchCountries(index: CountrySearchIndex, query: string): CountryEntry[] {
  const text = query.trim();
  if (text === '' || text === '+') return index.countries.map((country) => country.entry);
  if (DIALLED.test(text) && /\d/.test(text)) {
    const digits = text.replace(/\D/g, '').replace(/^00/, '');
    const found = ranked(index, (country) => byCallingCode(country, digits), true);
    if (found.length > 0 || digits.length <= 3) return found;
    const code = leadingCode(index, digits);
    return code ? ranked(index, (country) => byCallingCode(country, code), true) : [];
  }
  const folded = fold(text, index.locale);
  if (folded === '') return [];
  return ranked(index, (country) => byText(country, folded), false);
}
