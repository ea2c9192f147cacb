import type { CallingCodeTable, CountryCode } from './metadata';

/** One row of the country picker. */
export type CountryEntry = {
  code: CountryCode;
  /** Localised name, or the ISO code when the runtime cannot name regions. */
  name: string;
  /** Without the '+': `'44'`. */
  callingCode: string;
  /** Listed first because the host asked for it. */
  preferred: boolean;
};

/**
 * Options of {@link buildCountryList}. Codes are read as {@link toCountryCode} reads them;
 * unknown or malformed ones are ignored.
 */
export type CountryListOptions = {
  /** Restrict the list to these countries. If none of them is known, all countries are listed. */
  countries?: readonly string[];
  /** Put these first, in this order. */
  preferred?: readonly string[];
};

// 'UK' is not an ISO code, but viewers type it and some browsers report 'en-UK'.
const ALIASES: Readonly<Record<string, CountryCode>> = { UK: 'GB' };

function callingCodesByCountry(metadata: CallingCodeTable): Map<CountryCode, string> {
  const byCountry = new Map<CountryCode, string>();
  for (const [callingCode, countries] of Object.entries(metadata.country_calling_codes)) {
    for (const country of countries) {
      if (/^[A-Z]{2}$/.test(country)) byCountry.set(country, callingCode);
    }
  }
  return byCountry;
}

/**
 * A host's or browser's country code as an ISO code: trimmed, upper-cased, `UK` read as `GB`.
 * Not checked against any table; anything but a string gives `''`.
 */
export function toCountryCode(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return ALIASES[code] ?? code;
}

function knownCodes(
  values: readonly unknown[] | undefined,
  known: ReadonlySet<string>,
): CountryCode[] {
  const codes = (values ?? [])
    .map(toCountryCode)
    .filter((code) => known.has(code)) as CountryCode[];
  return [...new Set(codes)];
}

function regionNamer(locale: string): (code: CountryCode) => string {
  // Older Safari and some WebViews lack Intl.DisplayNames; a malformed locale makes it throw.
  if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return (code) => code;
  for (const locales of [[locale, 'en'], ['en']]) {
    try {
      const names = new Intl.DisplayNames(locales, { type: 'region' });
      return (code) => {
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      };
    } catch {
      // Try the next, safer locale list.
    }
  }
  return (code) => code;
}

function comparer(locale: string): (a: string, b: string) => number {
  for (const locales of [[locale, 'en'], ['en']]) {
    try {
      return new Intl.Collator(locales).compare;
    } catch {
      // Malformed locale: fall back.
    }
  }
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

function build(
  locale: string,
  metadata: CallingCodeTable,
  options: CountryListOptions,
): CountryEntry[] {
  const callingCodes = callingCodesByCountry(metadata);
  const known = new Set<string>(callingCodes.keys());
  const restricted = knownCodes(options.countries, known);
  const allowed = new Set<string>(restricted.length > 0 ? restricted : known);
  const preferred = knownCodes(options.preferred, allowed);
  const name = regionNamer(locale);
  const compare = comparer(locale);
  const entry = (code: CountryCode, isPreferred: boolean): CountryEntry =>
    Object.freeze({
      code,
      name: name(code),
      callingCode: callingCodes.get(code) ?? '',
      preferred: isPreferred,
    });
  const rest = [...allowed]
    .filter((code) => !preferred.includes(code as CountryCode))
    .map((code) => entry(code as CountryCode, false))
    .sort((a, b) => compare(a.name, b.name) || compare(a.code, b.code));
  return [...preferred.map((code) => entry(code, true)), ...rest];
}

// Per calling-code table (the eager one, or full metadata in tests), then per locale and options.
const cache = new WeakMap<CallingCodeTable, Map<string, CountryEntry[]>>();

/**
 * Countries for the picker, named in `locale` (English fallback), sorted the way that locale
 * sorts, with `preferred` first in the given order. Built once per locale and options, then
 * served from a cache; each call returns a fresh array, so callers may sort or splice it.
 *
 * @param metadata - full metadata, or the eager `CALLING_CODES` table to render before it loads
 */
export function buildCountryList(
  locale: string,
  metadata: CallingCodeTable,
  options: CountryListOptions = {},
): CountryEntry[] {
  const key = JSON.stringify([locale, options.countries ?? null, options.preferred ?? []]);
  let byKey = cache.get(metadata);
  if (!byKey) {
    byKey = new Map();
    cache.set(metadata, byKey);
  }
  let list = byKey.get(key);
  if (!list) {
    list = build(String(locale || 'en'), metadata, options);
    byKey.set(key, list);
  }
  return list.slice();
}

function regionOf(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const normalised = tag.trim().replace(/_/g, '-');
  try {
    const region = new Intl.Locale(normalised).region;
    if (region) return toCountryCode(region);
  } catch {
    // Malformed tag or no Intl.Locale: try the plain pattern below.
  }
  const match = /^[a-z]{2,8}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(normalised);
  return match?.[1] ? toCountryCode(match[1]) : undefined;
}

/**
 * Default country from the browser's languages (`navigator.languages`): the first region subtag
 * that is available (`en-GB` -> GB, `fr-CA` -> CA). Without one, 'US', or the first available
 * country when 'US' is not available (a host that restricted the list keeps its restriction).
 */
export function defaultCountryFromLanguages(
  languages: readonly string[],
  available: readonly CountryCode[],
): CountryCode {
  const availableSet = new Set<string>(available);
  for (const language of languages ?? []) {
    const region = regionOf(language);
    if (region && availableSet.has(region)) return region as CountryCode;
  }
  if (availableSet.size === 0 || availableSet.has('US')) return 'US';
  return available[0] ?? 'US';
}
