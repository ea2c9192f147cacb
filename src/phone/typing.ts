import { AsYouType, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { CALLING_CODES, type CountryCode, isKnownCountry, type PhoneMetadata } from './metadata';
import { cleanPhoneText, leadingCallingCode, MAX_INPUT_DIGITS, toParseInput } from './text';

// What the phone field does while the viewer types: pick the country a number belongs to, and
// format it as they go. Both need the selected country's rules to be loaded.

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
  currentCountry: string,
  metadata: PhoneMetadata,
): CountryCode | undefined {
  if (!isLoadedCountry(currentCountry, metadata)) return undefined;
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
export function formatAsYouType(text: string, country: string, metadata: PhoneMetadata): string {
  if (!isLoadedCountry(country, metadata)) return text;
  try {
    const clean = cleanPhoneText(text);
    if (!clean.ok || clean.digits.length > MAX_INPUT_DIGITS) return text;
    return new AsYouType(country, metadata).input(`${clean.plus ? '+' : ''}${clean.digits}`);
  } catch {
    return typeof text === 'string' ? text : '';
  }
}

/** A country whose own rules are in `metadata`: libphonenumber throws for any other. */
function isLoadedCountry(country: string, metadata: PhoneMetadata): country is CountryCode {
  return isKnownCountry(country, CALLING_CODES) && metadata?.countries?.[country] !== undefined;
}
