/**
 * What the phone step needs before any numbering rules load: picker rows and defaults, from
 * the eager calling-code table. Nothing here imports libphonenumber-js.
 */
import { buildCountryList, type CountryEntry, defaultCountryFromLanguages } from './countries';
import { CALLING_CODES, type CountryCode, getCountries, isKnownCountry } from './metadata';

export type { PhoneCheck, PhoneCheckRefusal } from './confirm';
export type { PhoneRefusal } from './encode';
export { loadPhoneRuntime } from './load-runtime';
export type { CountryCode, PhoneMetadata } from './metadata';
export type { PhoneRuntime } from './runtime';

/** Picker rows for a locale, preferred first. */
export function countryOptions(
  locale: string,
  options: { countries?: readonly string[]; preferred?: readonly string[] },
): CountryEntry[] {
  return buildCountryList(locale, CALLING_CODES, {
    countries: options.countries?.filter((c) => isKnownCountry(c, CALLING_CODES)),
    preferred: options.preferred?.filter((c) => isKnownCountry(c, CALLING_CODES)),
  });
}

/** `navigator.language`, else `'en'` (servers have no navigator). */
export function defaultLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/**
 * The preselected country: the first region among the browser's languages that the picker
 * offers, else `US` (or the first offered country when the host restricted the list).
 */
export function defaultCountryFor(locale: string, countries?: readonly string[]): CountryCode {
  const languages =
    typeof navigator !== 'undefined' && navigator.languages?.length
      ? navigator.languages
      : [locale];
  const known = countries?.filter((c): c is CountryCode => isKnownCountry(c, CALLING_CODES));
  return defaultCountryFromLanguages(
    languages,
    known && known.length > 0 ? known : getCountries(CALLING_CODES),
  );
}
