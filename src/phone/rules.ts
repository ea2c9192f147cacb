import type { MetadataJson } from 'libphonenumber-js/core';
import { CALLING_CODES, type CountryCode, getCountryCallingCode, type PhoneMetadata } from './metadata';
import { cleanPhoneText, leadingCallingCode, toParseInput } from './text';

/** One calling code's share of the numbering rules (see scripts/build-phone-slices.mjs). */
interface RulesSlice {
  version: MetadataJson['version'];
  countries: MetadataJson['countries'];
  nonGeographic: NonNullable<MetadataJson['nonGeographic']>;
}

// One lazy chunk per calling code: a viewer downloads only the rules their number needs.
const SLICES = import.meta.glob<RulesSlice>('./slices/*.json', { import: 'default' });

const loaded = new Map<string, RulesSlice>();
const pending = new Map<string, Promise<RulesSlice>>();
let composed: PhoneMetadata | undefined;

function compose(): PhoneMetadata {
  const metadata = {
    version: 4,
    // libphonenumber looks countries up through this table; unloaded ones are never asked for.
    country_calling_codes: CALLING_CODES.country_calling_codes,
    countries: {},
    nonGeographic: {},
  } as PhoneMetadata & Required<Pick<MetadataJson, 'nonGeographic'>>;
  for (const slice of loaded.values()) {
    metadata.version = slice.version;
    Object.assign(metadata.countries, slice.countries);
    Object.assign(metadata.nonGeographic, slice.nonGeographic);
  }
  return metadata;
}

function loadSlice(callingCode: string): Promise<RulesSlice> {
  const done = loaded.get(callingCode);
  if (done) return Promise.resolve(done);
  const importer = SLICES[`./slices/${callingCode}.json`];
  if (!importer) return Promise.reject(new Error(`No numbering rules for +${callingCode}`));
  let promise = pending.get(callingCode);
  if (!promise) {
    promise = importer().then(
      (slice) => {
        loaded.set(callingCode, slice);
        pending.delete(callingCode);
        composed = compose();
        return slice;
      },
      (error: unknown) => {
        // Forget the failure (offline, stale chunk) so the next attempt loads again.
        pending.delete(callingCode);
        throw error;
      },
    );
    pending.set(callingCode, promise);
  }
  return promise;
}

/** The calling code an international entry starts with, read with the country's exit code. */
function typedCallingCode(
  text: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): string | undefined {
  const clean = cleanPhoneText(text);
  if (!clean.ok) return undefined;
  const input = toParseInput(clean, country, metadata);
  return input.startsWith('+') ? leadingCallingCode(input.slice(1), CALLING_CODES) : undefined;
}

function isLoaded(callingCode: string | undefined): boolean {
  return callingCode === undefined || loaded.has(callingCode);
}

/**
 * The rules for checking `text` typed with `country` selected, if already loaded: the
 * country's own, and those of the calling code the text starts with (`+44…`, `0044…`).
 */
export function phoneRulesFor(text: string, country: CountryCode): PhoneMetadata | undefined {
  if (!composed || !isLoaded(getCountryCallingCode(country, CALLING_CODES))) return undefined;
  return isLoaded(typedCallingCode(text, country, composed)) ? composed : undefined;
}

/**
 * Loads what {@link phoneRulesFor} needs: first the selected country's rules (they say how
 * its exit code looks), then the typed calling code's. Rejects when a chunk cannot load.
 */
export async function loadPhoneRulesFor(text: string, country: CountryCode): Promise<PhoneMetadata> {
  const own = getCountryCallingCode(country, CALLING_CODES);
  if (own === undefined) throw new Error(`Unknown country ${country}`);
  await loadSlice(own);
  const typed = typedCallingCode(text, country, composed as PhoneMetadata);
  if (typed !== undefined) await loadSlice(typed);
  return composed as PhoneMetadata;
}

/** Every rule loaded so far, or undefined before the first load. Never loads. */
export function loadedPhoneRules(): PhoneMetadata | undefined {
  return composed;
}
