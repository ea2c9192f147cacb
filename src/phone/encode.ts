import {
  type PhoneNumber,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/core';
import type { CountryCode, PhoneMetadata } from './metadata';
import { cleanPhoneText, MAX_INPUT_DIGITS, toParseInput } from './text';

/** Why a phone number cannot be sent to the 2FA API. */
export type PhoneRefusal =
  | 'EMPTY'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID'
  | 'NOT_MOBILE'
  | 'LEADING_ZERO';

/** A number ready for `POST …/2fa`: `{ phone, country_code: countryCode }`. */
type EncodedPhone = {
  ok: true;
  /** National significant number as an integer (never has a leading zero). */
  phone: number;
  /** Country calling code as an integer (`1`, `44`). */
  countryCode: number;
  /** The country libphonenumber-js resolved, which may differ from the one selected (US -> CA). */
  country: CountryCode;
  /** International format for display: `'+1 650-253-0000'`. */
  display: string;
};

/** {@link encodePhone}'s answer: the encoded number, or why it was refused. */
export type EncodeResult = EncodedPhone | { ok: false; reason: PhoneRefusal };

// The code goes out by SMS; these are the only types that reliably receive one. NANP numbers
// (US, CA, …) are all FIXED_LINE_OR_MOBILE because their ranges do not tell the two apart.
const SMS_TYPES: ReadonlySet<string> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

// 2^53 has 16 digits: up to 15 always converts to an exact JSON integer.
const MAX_INTEGER_DIGITS = 15;

function refuse(reason: PhoneRefusal): EncodeResult {
  return { ok: false, reason };
}

// libphonenumber's length verdicts and ParseError messages share these names. Our input is
// digits only, so NOT_A_NUMBER can only mean too few of them.
function lengthRefusal(verdict: string | undefined): PhoneRefusal | undefined {
  if (verdict === undefined) return undefined;
  if (verdict === 'TOO_SHORT' || verdict === 'NOT_A_NUMBER') return 'TOO_SHORT';
  if (verdict === 'TOO_LONG') return 'TOO_LONG';
  return 'INVALID';
}

function parse(
  input: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): PhoneNumber | PhoneRefusal {
  const verdict = lengthRefusal(validatePhoneNumberLength(input, country, metadata));
  if (verdict) return verdict;
  try {
    return parsePhoneNumberWithError(input, { defaultCountry: country }, metadata);
  } catch (error) {
    return lengthRefusal(error instanceof Error ? error.message : 'INVALID') ?? 'INVALID';
  }
}

function encode(text: string, country: CountryCode, metadata: PhoneMetadata): EncodeResult {
  const clean = cleanPhoneText(text);
  if (!clean.ok) return refuse('INVALID');
  if (clean.digits === '') return refuse('EMPTY');
  if (clean.digits.length > MAX_INPUT_DIGITS) return refuse('TOO_LONG');

  const parsed = parse(toParseInput(clean, country, metadata), country, metadata);
  if (typeof parsed === 'string') return refuse(parsed);
  if (!parsed.isValid()) return refuse('INVALID');

  const { nationalNumber } = parsed;
  // Before the type check on purpose: a Côte d'Ivoire mobile is a fine SMS target, but a JSON
  // integer would drop its 0 and the code would go to someone else. Say why, do not mangle.
  if (nationalNumber.startsWith('0')) return refuse('LEADING_ZERO');
  // Non-geographic numbers (+800 freephone, +881 satellite) have no country to show or bill.
  if (!parsed.country) return refuse('NOT_MOBILE');
  if (!SMS_TYPES.has(parsed.getType() ?? '')) return refuse('NOT_MOBILE');

  // No valid mobile is this long today; the guard keeps Number() exact if one ever is.
  if (nationalNumber.length > MAX_INTEGER_DIGITS) return refuse('TOO_LONG');
  return {
    ok: true,
    phone: Number(nationalNumber),
    countryCode: Number(parsed.countryCallingCode),
    country: parsed.country,
    display: parsed.formatInternational(),
  };
}

/**
 * Turns what the viewer typed (national or international, any separators, any common digit
 * script) into the integers the 2FA API takes, or a refusal. Never throws.
 *
 * @param text - raw input, e.g. `'07400 123456'`, `'+44 7400 123456'`, `'0044…'`, `'011 44…'`
 * @param country - the selected country, used for national input and the exit code
 * @param metadata - the numbering rules of the selected and the typed country, as
 *   `loadPhoneRulesFor` (rules.ts) loads them
 */
export function encodePhone(
  text: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): EncodeResult {
  try {
    return encode(text, country, metadata);
  } catch {
    // Whatever libphonenumber throws (an unknown country, malformed metadata) is a refusal.
    return refuse('INVALID');
  }
}
