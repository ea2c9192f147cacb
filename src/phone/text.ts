// Turns what a viewer typed or pasted into the digits libphonenumber-js should see.
import { Metadata } from 'libphonenumber-js/core';
import { digitValue } from './digits';
import { type CountryCode, getCountryCallingCode, type PhoneMetadata } from './metadata';

/** Result of {@link cleanPhoneText}: a leading '+' flag and ASCII digits, or a refusal. */
export type CleanPhoneText = { ok: true; plus: boolean; digits: string } | { ok: false };

// Spaces of every width, invisible marks that copy-paste drags along (soft hyphen, zero-width,
// bidi controls from right-to-left pages), dashes, slashes, dots, brackets and tildes. Letters,
// '#', '*', ',' and anything else make the text invalid: an extension or a pause cannot be sent.
const SEPARATOR =
  /^[\s\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\-\u2010-\u2015\u2212\u30fc\ufe63\uff0d/\uff0f.\uff0e()[\]\uff08\uff09\uff3b\uff3d~\u2053\u223c\uff5e]$/u;

const PLUS = /^[+\uff0b]$/u;

// Longest plausible input: a 4-digit exit code, a 3-digit calling code and a 17-digit number.
// Anything longer is refused before it reaches libphonenumber's regular expressions.
export const MAX_INPUT_DIGITS = 24;

/**
 * Keeps digits (normalised to ASCII) and one leading '+'; drops separators; refuses anything else.
 * Never throws, whatever it is given.
 */
export function cleanPhoneText(text: unknown): CleanPhoneText {
  if (typeof text !== 'string') return { ok: true, plus: false, digits: '' };
  let plus = false;
  let digits = '';
  // A number copied from a link (`tel:+1-650-253-0000`) is still the number.
  const number = text.replace(/^\s*tel:/i, '');
  // for..of walks code points, so an emoji is one (refused) character, not two halves.
  for (const char of number) {
    const value = digitValue(char);
    if (value !== undefined) digits += value;
    else if (PLUS.test(char) && !plus && digits === '') plus = true;
    else if (!SEPARATOR.test(char)) return { ok: false };
  }
  return { ok: true, plus, digits };
}

function iddPrefix(country: CountryCode, metadata: PhoneMetadata): RegExp | undefined {
  try {
    const plan = new Metadata(metadata);
    plan.selectNumberingPlan(country);
    const pattern = plan.numberingPlan?.IDDPrefix();
    // Wrapped so an alternation in the pattern stays anchored as a whole.
    return pattern ? new RegExp(`^(?:${pattern})`) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The string to hand libphonenumber-js: `+<digits>` when the text is international, else the
 * national digits. International means a leading '+', the selected country's own exit code
 * (011 from the US, 0011 from Australia), or '00', which most of the world dials and viewers
 * paste even when the selected country uses another exit code. No calling code starts with 0,
 * so a '0' right after the exit code means the text was national after all.
 */
export function toParseInput(
  clean: { plus: boolean; digits: string },
  country: CountryCode,
  metadata: PhoneMetadata,
): string {
  const { plus, digits } = clean;
  if (plus) return `+${digits}`;
  // '00' followed by the selected country's own calling code is that country's number in
  // international form, even where its exit code is longer and would swallow the next digit
  // as a carrier (Korea's 008, Brazil's 00 + 2-digit carrier, Singapore's 0[0-3]x).
  const own = getCountryCallingCode(country, metadata);
  if (own && digits.startsWith(`00${own}`) && digits.length > 2 + own.length) {
    return `+${digits.slice(2)}`;
  }
  const exit = iddPrefix(country, metadata)?.exec(digits)?.[0];
  if (exit && digits.length > exit.length && digits[exit.length] !== '0') {
    return `+${digits.slice(exit.length)}`;
  }
  if (digits.startsWith('00') && digits.length > 2 && digits[2] !== '0') {
    return `+${digits.slice(2)}`;
  }
  return digits;
}

/**
 * The calling code at the start of international digits, if the table knows it. Calling codes
 * form a prefix-free set (1 to 3 digits), so the first match is the only one.
 */
export function leadingCallingCode(
  digits: string,
  metadata: Pick<PhoneMetadata, 'country_calling_codes'>,
): string | undefined {
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const code = digits.slice(0, length);
    if (Object.hasOwn(metadata.country_calling_codes, code)) return code;
  }
  return undefined;
}
