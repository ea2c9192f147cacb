/**
 * The phone module as the view uses it: the same pure functions, bound to whatever metadata
 * has loaded. Before it loads, formatting and country detection simply wait.
 */
import { buildCountryList, type CountryEntry, defaultCountryFromLanguages } from './countries';
import { detectCountry as detect, formatAsYouType } from './encode';
import {
  CALLING_CODES,
  type CountryCode,
  getCountries,
  isKnownCountry,
  type PhoneMetadata,
} from './metadata';

export { checkDraft, confirmPhone, type PhoneCheck, type PhoneCheckRefusal } from './confirm';
export {
  type CountryCode,
  getPhoneMetadata,
  loadPhoneMetadata,
  type PhoneMetadata,
} from './metadata';

/** Picker rows for a locale; the eager calling-code table is enough, no metadata needed. */
export function countryOptions(
  locale: string,
  options: { countries?: readonly string[]; preferred?: readonly string[] },
): CountryEntry[] {
  return buildCountryList(locale, CALLING_CODES, {
    countries: options.countries?.filter((c) => isKnownCountry(c, CALLING_CODES)),
    preferred: options.preferred?.filter((c) => isKnownCountry(c, CALLING_CODES)),
  });
}

/** The country a typed or pasted number belongs to, if it differs from `current`. */
export function detectCountry(
  text: string,
  current: string,
  metadata: PhoneMetadata | undefined,
): string | undefined {
  if (!metadata || !isKnownCountry(current, metadata)) return undefined;
  return detect(text, current, metadata);
}

/** National formatting while typing; the text unchanged until metadata has loaded. */
export function formatPhoneInput(
  text: string,
  country: string,
  metadata: PhoneMetadata | undefined,
): string {
  if (!metadata || !isKnownCountry(country, metadata)) return text;
  return formatAsYouType(text, country, metadata);
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
