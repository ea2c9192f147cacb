import {
  AsYouType,
  type PhoneNumber,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/core';
import type { CountryCode, PhoneMetadata } from './metadata';
import { cleanPhoneText, leadingCallingCode, toParseInput } from './text';

/** Why a phone number cannot be sent to the 2FA API. */
export type PhoneRefusal =
  | 'EMPTY'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID'
  | 'NOT_MOBILE'
  | 'LEADING_ZERO';

/** A number ready for `POST …/2fa`: `{ phone, country_code: countryCode }`. */
export type EncodedPhone = {
  ok: true;
  /** National significant number as an integer (never has a leading zero). */
  phone: number;
  /** Country calling code as an integer (`1`, `44`). */
  countryCode: number;
  /** The country libphonenumber-js resolved, which may differ from the one selected (US -> CA). */
  country: CountryCode;
  e164: string;
  nationalNumber: string;
};

/** {@link encodePhone}'s answer: the encoded number, or why it was refused. */
export type EncodeResult = EncodedPhone | { ok: false; reason: PhoneRefusal };

// The code goes out by SMS; these are the only types that reliably receive one. NANP numbers
// (US, CA, …) are all FIXED_LINE_OR_MOBILE because their ranges do not tell the two apart.
const SMS_TYPES: ReadonlySet<string> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

// Longest plausible input: a 4-digit exit code, a 3-digit calling code and a 17-digit number.
// Anything longer is refused before it reaches libphonenumber's regular expressions.
const MAX_INPUT_DIGITS = 24;

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

  if (nationalNumber.length > MAX_INTEGER_DIGITS || !/^\d+$/.test(nationalNumber)) {
    return refuse('TOO_LONG');
  }
  const phone = Number(nationalNumber);
  const countryCode = Number(parsed.countryCallingCode);
  if (!Number.isSafeInteger(phone) || !Number.isSafeInteger(countryCode)) return refuse('INVALID');
  return {
    ok: true,
    phone,
    countryCode,
    country: parsed.country,
    e164: parsed.number,
    nationalNumber,
  };
}

/**
 * Turns what the viewer typed (national or international, any separators, any common digit
 * script) into the integers the 2FA API takes, or a refusal. Never throws.
 *
 * @param text - raw input, e.g. `'07400 123456'`, `'+44 7400 123456'`, `'0044…'`, `'011 44…'`
 * @param country - the selected country, used for national input and the exit code
 * @param metadata - full metadata (with number types), see `loadPhoneMetadata`
 */
export function encodePhone(
  text: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): EncodeResult {
  try {
    return encode(text, country, metadata);
  } catch {
    // libphonenumber throws on unknown countries or malformed metadata: still just a refusal.
    return refuse('INVALID');
  }
}

function countriesSharing(callingCode: string, metadata: PhoneMetadata): CountryCode[] {
  const countries = metadata.country_calling_codes[callingCode] ?? [];
  return countries.filter((code) => /^[A-Z]{2}$/.test(code));
}

function detect(
  text: string,
  current: CountryCode,
  metadata: PhoneMetadata,
): CountryCode | undefined {
  const clean = cleanPhoneText(text);
  if (!clean.ok || clean.digits === '' || clean.digits.length > MAX_INPUT_DIGITS) return undefined;
  const input = toParseInput(clean, current, metadata);

  if (!input.startsWith('+')) {
    // National input: only switch within the current calling code, and only on a complete,
    // valid number (a US-selected 506 234 5678 is Canadian; a GB-selected 07797… is Jersey).
    const parsed = parsePhoneNumberFromString(input, { defaultCountry: current }, metadata);
    const code = parsed?.isValid() ? parsed.country : undefined;
    const sharing = parsed ? countriesSharing(parsed.countryCallingCode, metadata) : [];
    return code && sharing.includes(current) ? code : undefined;
  }

  const callingCode = leadingCallingCode(input.slice(1), metadata);
  const candidates = callingCode ? countriesSharing(callingCode, metadata) : [];
  const [main] = candidates;
  if (!main) return undefined;
  if (candidates.length === 1) return main;
  // Shared code: a complete number says which country it is; a partial one may already tell by
  // its leading digits (+7 7… is Kazakhstan); otherwise keep the viewer's choice if it fits.
  const parsed = parsePhoneNumberFromString(input, metadata);
  if (parsed?.isValid() && parsed.country) return parsed.country;
  const typing = new AsYouType(undefined, metadata);
  typing.input(input);
  const byLeadingDigits = typing.getCountry();
  if (byLeadingDigits && candidates.includes(byLeadingDigits)) return byLeadingDigits;
  return candidates.includes(current) ? current : main;
}

/**
 * The country the selector should switch to for this text, or undefined to leave it alone.
 * For `+…`/`00…`/exit-code input, the country whose rules fit the number; for a shared calling
 * code with an incomplete number, the current country if it shares the code, else the code's
 * main country. For national input, a valid number of another country with the same calling
 * code (US -> CA, GB -> JE). Never throws.
 */
export function detectCountry(
  text: string,
  currentCountry: CountryCode,
  metadata: PhoneMetadata,
): CountryCode | undefined {
  try {
    const country = detect(text, currentCountry, metadata);
    return country === currentCountry ? undefined : country;
  } catch {
    return undefined;
  }
}

/**
 * Formats partial input as the viewer types (`'2015550'` -> `'(201) 555-0'` for US; `+…` input
 * is formatted internationally). Text with letters or symbols is returned untouched so the
 * viewer sees what they typed and submit explains the refusal. Never throws.
 */
export function formatAsYouType(
  text: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): string {
  try {
    const clean = cleanPhoneText(text);
    if (!clean.ok || clean.digits.length > MAX_INPUT_DIGITS) return text;
    return new AsYouType(country, metadata).input(`${clean.plus ? '+' : ''}${clean.digits}`);
  } catch {
    return typeof text === 'string' ? text : '';
  }
}

/**
 * Masks a number for display, keeping only its last two digits: `'+447400123456'` -> `'•• 56'`.
 * Shows where the code went without revealing the number. Inputs of fewer than four digits
 * reveal none (`'••'`), since two of them would be most of the number.
 */
export function maskPhone(value: string): string {
  const clean = cleanPhoneText(value);
  const digits = clean.ok ? clean.digits : String(value ?? '').replace(/\D/g, '');
  return digits.length < 4 ? '••' : `•• ${digits.slice(-2)}`;
}
