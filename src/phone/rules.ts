import type { MetadataJson } from 'libphonenumber-js/core';
import {
  CALLING_CODES,
  type CountryCode,
  getCountryCallingCode,
  type PhoneMetadata,
} from './metadata';
import { cleanPhoneText, toParseInput } from './text';

/** One world numbering zone's rules (see scripts/build-phone-zones.mjs). */
interface RulesZone {
  version: MetadataJson['version'];
  countries: MetadataJson['countries'];
  nonGeographic: NonNullable<MetadataJson['nonGeographic']>;
}

// One lazy chunk per zone (the first digit of the calling code, so of any number after its
// '+'): a viewer downloads only the rules of their zone.
const ZONES = import.meta.glob<RulesZone>('./zones/zone-*.json', { import: 'default' });

const loaded = new Map<string, RulesZone>();
const pending = new Map<string, Promise<RulesZone>>();
let composed: PhoneMetadata | undefined;
const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever a zone has loaded (the rules grew), so a view can re-render with
 * formatting and detection for the new zone. Returns the unsubscribe function.
 */
export function subscribeToRules(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Every rule loaded so far (a new object after each load), or undefined before the first. */
export function loadedRules(): PhoneMetadata | undefined {
  return composed;
}

function compose(): PhoneMetadata {
  const metadata = {
    version: 4,
    // libphonenumber looks countries up through this table; unloaded ones are never asked for.
    country_calling_codes: CALLING_CODES.country_calling_codes,
    countries: {},
    nonGeographic: {},
  } as PhoneMetadata & Required<Pick<MetadataJson, 'nonGeographic'>>;
  for (const zone of loaded.values()) {
    metadata.version = zone.version;
    Object.assign(metadata.countries, zone.countries);
    Object.assign(metadata.nonGeographic, zone.nonGeographic);
  }
  return metadata;
}

function loadZone(zone: string): Promise<RulesZone> {
  const done = loaded.get(zone);
  if (done) return Promise.resolve(done);
  const importer = ZONES[`./zones/zone-${zone}.json`];
  if (!importer) return Promise.reject(new Error(`No numbering rules for zone ${zone}`));
  let promise = pending.get(zone);
  if (!promise) {
    promise = importer().then(
      (rules) => {
        loaded.set(zone, rules);
        pending.delete(zone);
        composed = compose();
        for (const listener of listeners) listener();
        return rules;
      },
      (error: unknown) => {
        // Forget the failure (offline, stale chunk) so the next attempt loads again.
        pending.delete(zone);
        throw error;
      },
    );
    pending.set(zone, promise);
  }
  return promise;
}

/**
 * The zone an international entry's calling code is in, read with the country's exit code:
 * its first digit, so non-geographic codes (+800), which the calling-code table leaves out,
 * find their rules too. Undefined for national text and for a first digit no zone has (+0).
 */
function typedZone(
  text: string,
  country: CountryCode,
  metadata: PhoneMetadata,
): string | undefined {
  const clean = cleanPhoneText(text);
  if (!clean.ok) return undefined;
  const input = toParseInput(clean, country, metadata);
  const zone = input.startsWith('+') ? input.charAt(1) : '';
  return ZONES[`./zones/zone-${zone}.json`] ? zone : undefined;
}

function isLoaded(zone: string | undefined): boolean {
  return zone === undefined || loaded.has(zone);
}

/**
 * The rules for checking `text` typed with `country` selected, if already loaded: the
 * country's own, and those of the calling code the text starts with (`+44…`, `0044…`).
 */
export function phoneRulesFor(text: string, country: string): PhoneMetadata | undefined {
  const own = getCountryCallingCode(country, CALLING_CODES);
  if (!composed || own === undefined || !isLoaded(own.charAt(0))) return undefined;
  return isLoaded(typedZone(text, country as CountryCode, composed)) ? composed : undefined;
}

/**
 * Loads what {@link phoneRulesFor} needs: first the selected country's rules (they say how
 * its exit code looks), then the typed calling code's. Rejects when a chunk cannot load.
 */
export async function loadPhoneRulesFor(text: string, country: string): Promise<PhoneMetadata> {
  const own = getCountryCallingCode(country, CALLING_CODES);
  if (own === undefined) throw new Error(`Unknown country ${country}`);
  await loadZone(own.charAt(0));
  const typed = typedZone(text, country as CountryCode, composed as PhoneMetadata);
  if (typed !== undefined) await loadZone(typed);
  return composed as PhoneMetadata;
}
