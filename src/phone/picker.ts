/**
 * What the phone step needs before any numbering rules load: picker rows and defaults, from
 * the eager calling-code table. Nothing here imports libphonenumber-js.
 */
import { buildCountryList, type CountryEntry, defaultCountryFromLanguages } from './countries';
import { CALLING_CODES, type CountryCode, isKnownCountry } from './metadata';

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
 * The country the picker starts on: `requested` (the host's `defaultCountry`) when the picker
 * offers it, else the first region among the browser's languages that it offers, else the US,
 * else the first row. Always one of `offered`, so the select never shows one country while the
 * form validates against another.
 *
 * @param offered - the picker's rows, in the order shown (see {@link countryOptions})
 */
export function initialCountry(
  requested: string | undefined,
  locale: string,
  offered: readonly CountryEntry[],
): CountryCode {
  const codes = offered.map((entry) => entry.code);
  const wanted = codes.find((code) => code === requested);
  if (wanted) return wanted;
  const languages =
    typeof navigator !== 'undefined' && navigator.languages?.length
      ? navigator.languages
      : [locale];
  return defaultCountryFromLanguages(languages, codes);
}
