/**
 * What the phone step needs before any numbering rules load: picker rows and defaults, from
 * the eager calling-code table. Nothing here imports libphonenumber-js.
 */
import {
  buildCountryList,
  type CountryEntry,
  defaultCountryFromLanguages,
  toCountryCode,
} from './countries';
import { CALLING_CODES, type CountryCode } from './metadata';

export type { PhoneCheck, PhoneCheckRefusal } from './confirm';
export type { PhoneRefusal } from './encode';
export { loadPhoneRuntime } from './load-runtime';
export type { CountryCode, PhoneMetadata } from './metadata';
export type { PhoneRuntime } from './runtime';

/**
 * Picker rows for a locale, preferred first. Codes in any case (`'gb'`, `'UK'`); unknown ones
 * are ignored, and a list naming none that is known lists every country.
 */
export function countryOptions(
  locale: string,
  options: { countries?: readonly string[]; preferred?: readonly string[] },
): CountryEntry[] {
  return buildCountryList(locale, CALLING_CODES, options);
}

/** `navigator.language`, else `'en'` (servers have no navigator). */
export function defaultLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/**
 * The country the picker starts on: `requested` (the host's `defaultCountry`, in any case)
 * when the picker offers it, else the first region among the browser's languages that it
 * offers, else the US, else the first row. Always one of `offered`, so the select never shows
 * one country while the form validates against another.
 *
 * @param offered - the picker's rows, in the order shown (see {@link countryOptions})
 */
export function initialCountry(
  requested: string | undefined,
  locale: string,
  offered: readonly CountryEntry[],
): CountryCode {
  const codes = offered.map((entry) => entry.code);
  const wanted = toCountryCode(requested);
  const offeredWanted = codes.find((code) => code === wanted);
  if (offeredWanted) return offeredWanted;
  const languages =
    typeof navigator !== 'undefined' && navigator.languages?.length
      ? navigator.languages
      : [locale];
  return defaultCountryFromLanguages(languages, codes);
}
