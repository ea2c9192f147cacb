import { encodePhone, type PhoneRefusal } from './encode';
import { CALLING_CODES, isKnownCountry, type PhoneMetadata } from './metadata';
import { loadPhoneRulesFor } from './rules';
import type { ConfirmedPhone, PhoneDraft } from './types';

/**
 * Why a phone entry cannot be sent: a {@link PhoneRefusal}, or `UNAVAILABLE` when the
 * numbering rules could not be loaded (offline before the first submit).
 */
export type PhoneCheckRefusal = PhoneRefusal | 'UNAVAILABLE';

/** A phone entry checked for sending: the encoded number, or why it cannot be sent. */
export type PhoneCheck =
  | { ok: true; phone: ConfirmedPhone /** The country the number belongs to. */; country: string }
  | { ok: false; reason: PhoneCheckRefusal };

/** Loads the rules the draft needs, then checks it. Unknown countries are `INVALID`. Never rejects. */
export async function confirmPhone(draft: PhoneDraft): Promise<PhoneCheck> {
  if (!isKnownCountry(draft.country, CALLING_CODES)) return { ok: false, reason: 'INVALID' };
  let rules: PhoneMetadata;
  try {
    rules = await loadPhoneRulesFor(draft.text, draft.country);
  } catch {
    return { ok: false, reason: 'UNAVAILABLE' };
  }
  const encoded = encodePhone(draft.text, draft.country, rules);
  if (!encoded.ok) return encoded;
  const { phone, countryCode, display, country } = encoded;
  return { ok: true, country, phone: { phone, countryCode, display } };
}
