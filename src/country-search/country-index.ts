import type { CountryEntry } from '../phone/countries';
import { CALLING_CODES } from '../phone/metadata';
import { ALIASES, alpha3Codes, SHARED_CODE_ORDER } from './country-data';
import { fold } from './fold';

/** One country as the search reads it; everything folded once, when the index is built. */
export interface IndexedCountry {
  entry: CountryEntry;
  /** Position in the picker's list: preferred first, then sorted by name in the locale. */
  order: number;
  /** ISO alpha-2 and alpha-3, folded (`gb`, `gbr`). */
  codes: readonly string[];
  /** Aliases, folded: an exact match ranks with the codes. */
  aliases: readonly string[];
  /** Name in the locale, in English, in the country's own language, and the aliases. */
  names: readonly string[];
  /** Among countries sharing the calling code, 0 for the most populous. */
  shareRank: number;
}

/** The picker's countries, ready to search in one locale. */
export interface CountrySearchIndex {
  locale: string;
  countries: readonly IndexedCountry[];
}

type Namer = (code: string) => string | undefined;

function namer(locales: readonly string[]): Namer | undefined {
  try {
    const names = new Intl.DisplayNames(locales as string[], { type: 'region', fallback: 'none' });
    return (code) => {
      try {
        return names.of(code);
      } catch {
        return undefined;
      }
    };
  } catch {
    // No Intl.DisplayNames, or a locale it refuses: the other names still work.
    return undefined;
  }
}

// A country's own name does not depend on the gate's locale: built once per page.
let ownNames: Map<string, string> | undefined;

/** `Deutschland`, `日本`, `España`: the region named in its likeliest language. */
function ownName(code: string): string | undefined {
  ownNames ??= new Map();
  if (!ownNames.has(code)) {
    let name: string | undefined;
    try {
      const language = new Intl.Locale(`und-${code}`).maximize().language;
      name = namer([language])?.(code);
    } catch {
      // Intl.Locale without likely subtags: no own name for this country.
    }
    ownNames.set(code, name ?? '');
  }
  return ownNames.get(code) || undefined;
}

const alpha3 = alpha3Codes(
  new Set(
    Object.values(CALLING_CODES.country_calling_codes)
      .flat()
      .filter((region) => /^[A-Z]{2}$/.test(region)),
  ),
);

/**
 * Builds the search index for the picker's rows, in their order (see `countryOptions`).
 * Names come from Intl in `locale` and in English, plus each country's own name; where the
 * runtime lacks Intl.DisplayNames the ISO codes, aliases and calling codes still match.
 */
export function buildCountryIndex(
  entries: readonly CountryEntry[],
  locale: string,
): CountrySearchIndex {
  const english = namer(['en']);
  const folded = (text: string | undefined) => (text ? fold(text, locale) : '');
  const countries = entries.map((entry, order): IndexedCountry => {
    const aliases = (ALIASES[entry.code] ?? '').split('|').map(folded).filter(Boolean);
    const names = [entry.name, english?.(entry.code), ownName(entry.code)].map(folded);
    const shared = SHARED_CODE_ORDER[entry.callingCode]?.split(' ') ?? [];
    return {
      entry,
      order,
      codes: [entry.code.toLowerCase(), alpha3.get(entry.code)?.toLowerCase() ?? ''],
      aliases,
      names: [...new Set([...names, ...aliases])].filter(Boolean),
      shareRank: Math.max(0, shared.indexOf(entry.code)),
    };
  });
  return { locale, countries };
}
