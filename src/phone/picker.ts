/**
 * What the phone step needs before any numbering rules load: the picker's rows and the
 * country it starts on, from the eager calling-code table. Nothing here imports
 * libphonenumber-js.
 */
import {
  buildCountryList,
  type CountryEntry,
  defaultCountryFromLanguages,
  toCountryCode,
} from './countries';
import { CALLING_CODES, type CountryCode } from './metadata';

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

/**
 * The country the picker starts on: `requested` (the host's `defaultCountry`, in any case)
 * when the picker offers it, else the first region among `languages` (the browser's, once
 * hydrated) that it offers, else the US, else the first row. Always one of `offered`, so the
 * picker never shows one country while the form validates against another.
 *
 * @param offered - the picker's rows, in the order shown (see {@link countryOptions})
 */
export function initialCountry(
  requested: string | undefined,
  languages: readonly string[],
  offered: readonly CountryEntry[],
): CountryCode {
  const codes = offered.map((entry) => entry.code);
  const wanted = toCountryCode(requested);
  return codes.find((code) => code === wanted) ?? defaultCountryFromLanguages(languages, codes);
}
