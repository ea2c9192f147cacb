import type { PhoneCheck } from './confirm';
import { CALLING_CODES, type CountryCode, isKnownCountry } from './metadata';
import type { PhoneDraft } from './types';

/** A country the number fits, and the text to put in the field for it. */
export type CountrySuggestion = { country: CountryCode; text: string };

// Tried, after the viewer's own regions, for a national number the selected country refuses:
// the countries screener links are most often opened from outside the host's own.
const LIKELY: readonly CountryCode[] = ['GB', 'CA', 'AU', 'IN', 'IE', 'NZ', 'DE', 'FR'];

/**
 * For an entry the selected country refuses, a country it is a valid mobile number of: read
 * as an international number without its '+' (`447400123456` with the US selected is
 * British), else as a national number of one of `likely` (the browser's regions, the host's
 * preferred countries) or of the main English-speaking and European markets (`07400 123456`
 * is British too). Only countries `offered` accepts.
 *
 * @param confirm - the phone runtime's `confirmPhone`, once loaded (passed in, so this chunk
 *   does not split the runtime in two)
 */
export async function suggestCountry(
  draft: PhoneDraft,
  likely: readonly string[],
  offered: (country: string) => boolean,
  confirm: ((draft: PhoneDraft) => Promise<PhoneCheck>) | undefined,
): Promise<CountrySuggestion | undefined> {
  if (!confirm) return undefined;
  const fits = (country: string) => country !== draft.country && offered(country);
  // Text that already had a '+' or a leading 0 cannot be read this way: '++…' and '+0…' fail.
  const international = await confirm({ country: draft.country, text: `+${draft.text.trim()}` });
  if (international.ok && fits(international.country)) {
    return { country: international.country as CountryCode, text: international.phone.display };
  }
  for (const country of new Set([...likely, ...LIKELY])) {
    if (!isKnownCountry(country, CALLING_CODES) || !fits(country)) continue;
    const check = await confirm({ country, text: draft.text });
    if (check.ok && fits(check.country)) {
      return { country: check.country as CountryCode, text: draft.text };
    }
  }
  return undefined;
}
