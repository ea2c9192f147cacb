import type { ConfirmedPhone, PhoneDraft } from '../flow/machine';
import { encodePhone, maskPhone, type PhoneRefusal } from './encode';
import { isKnownCountry, loadPhoneMetadata, type PhoneMetadata } from './metadata';

/**
 * Why a phone entry cannot be sent: a {@link PhoneRefusal}, or `UNAVAILABLE` when the
 * numbering rules could not be loaded (offline before the first keystroke).
 */
export type PhoneCheckRefusal = PhoneRefusal | 'UNAVAILABLE';

/** A phone entry checked for sending: the encoded number, or why it cannot be sent. */
export type PhoneCheck =
  | { ok: true; phone: ConfirmedPhone /** The country the number belongs to. */; country: string }
  | { ok: false; reason: PhoneCheckRefusal };

/** Checks a draft against loaded metadata; unknown country codes are `INVALID`. */
export function checkDraft(draft: PhoneDraft, metadata: PhoneMetadata): PhoneCheck {
  if (!isKnownCountry(draft.country, metadata)) return { ok: false, reason: 'INVALID' };
  const encoded = encodePhone(draft.text, draft.country, metadata);
  if (!encoded.ok) return encoded;
  return {
    ok: true,
    country: encoded.country,
    phone: {
      phone: encoded.phone,
      countryCode: encoded.countryCode,
      hint: maskPhone(encoded.nationalNumber),
    },
  };
}

/** Loads the numbering rules if needed, then checks the draft. Never rejects. */
export async function confirmPhone(draft: PhoneDraft): Promise<PhoneCheck> {
  let metadata: PhoneMetadata;
  try {
    metadata = await loadPhoneMetadata();
  } catch {
    return { ok: false, reason: 'UNAVAILABLE' };
  }
  return checkDraft(draft, metadata);
}
