/**
 * Everything of the phone module that needs libphonenumber-js, behind one lazy import: the
 * gate loads it (with the viewer's numbering zone) only when the phone step appears, so a
 * returning viewer (`phoneRegistered`) never downloads it.
 */
import { detectCountry as detect, formatAsYouType } from './encode';
import { CALLING_CODES, isKnownCountry, type PhoneMetadata } from './metadata';

export { checkDraft, confirmPhone } from './confirm';
export { loadPhoneRulesFor, phoneRulesFor } from './rules';

/** The country a typed or pasted number belongs to, if it differs from `current`. */
export function detectCountry(
  text: string,
  current: string,
  rules: PhoneMetadata,
): string | undefined {
  if (!isKnownCountry(current, CALLING_CODES) || !rules.countries[current]) return undefined;
  return detect(text, current, rules);
}

/** National formatting while typing; the text unchanged when the rules are missing. */
export function formatPhoneInput(text: string, country: string, rules: PhoneMetadata): string {
  if (!isKnownCountry(country, CALLING_CODES) || !rules.countries[country]) return text;
  return formatAsYouType(text, country, rules);
}

/** What the lazy phone chunk provides (see `load-runtime.ts`). */
export type PhoneRuntime = typeof import('./runtime');
