import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';

export type { CountryCode };

/**
 * Phone metadata as libphonenumber-js/core takes it. Every function of this module receives it
 * as a parameter, so callers (and a later size task) can pass the full `metadata.max.json`, a
 * per-country slice, or a fixture, without this module holding a hidden global.
 */
export type PhoneMetadata = MetadataJson;

/**
 * The slice of metadata a country picker needs: calling code -> countries, main country first.
 * A full {@link PhoneMetadata} satisfies it, and so does the eager {@link CALLING_CODES}.
 */
export type CallingCodeTable = Pick<MetadataJson, 'country_calling_codes'>;

/**
 * Calling code -> countries, copied from libphonenumber-js `metadata.max.json` (main country
 * first, as there). About 1.5 kB, so the country picker can render before the ~157 kB (40 kB
 * gzipped) metadata has loaded. A unit test checks it still equals the installed metadata, so a
 * libphonenumber-js upgrade that changes a code fails loudly instead of drifting.
 */
const CALLING_CODES_TEXT =
  '1 US AG AI AS BB BM BS CA DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI|7 RU KZ|' +
  '20 EG|27 ZA|30 GR|31 NL|32 BE|33 FR|34 ES|36 HU|39 IT VA|40 RO|41 CH|43 AT|' +
  '44 GB GG IM JE|45 DK|46 SE|47 NO SJ|48 PL|49 DE|51 PE|52 MX|53 CU|54 AR|55 BR|56 CL|' +
  '57 CO|58 VE|60 MY|61 AU CC CX|62 ID|63 PH|64 NZ|65 SG|66 TH|81 JP|82 KR|84 VN|86 CN|' +
  '90 TR|91 IN|92 PK|93 AF|94 LK|95 MM|98 IR|211 SS|212 MA EH|213 DZ|216 TN|218 LY|220 GM|' +
  '221 SN|222 MR|223 ML|224 GN|225 CI|226 BF|227 NE|228 TG|229 BJ|230 MU|231 LR|232 SL|' +
  '233 GH|234 NG|235 TD|236 CF|237 CM|238 CV|239 ST|240 GQ|241 GA|242 CG|243 CD|244 AO|' +
  '245 GW|246 IO|247 AC|248 SC|249 SD|250 RW|251 ET|252 SO|253 DJ|254 KE|255 TZ|256 UG|' +
  '257 BI|258 MZ|260 ZM|261 MG|262 RE YT|263 ZW|264 NA|265 MW|266 LS|267 BW|268 SZ|269 KM|' +
  '290 SH TA|291 ER|297 AW|298 FO|299 GL|350 GI|351 PT|352 LU|353 IE|354 IS|355 AL|356 MT|' +
  '357 CY|358 FI AX|359 BG|370 LT|371 LV|372 EE|373 MD|374 AM|375 BY|376 AD|377 MC|378 SM|' +
  '380 UA|381 RS|382 ME|383 XK|385 HR|386 SI|387 BA|389 MK|420 CZ|421 SK|423 LI|500 FK|' +
  '501 BZ|502 GT|503 SV|504 HN|505 NI|506 CR|507 PA|508 PM|509 HT|590 GP BL MF|591 BO|' +
  '592 GY|593 EC|594 GF|595 PY|596 MQ|597 SR|598 UY|599 CW BQ|670 TL|672 NF|673 BN|674 NR|' +
  '675 PG|676 TO|677 SB|678 VU|679 FJ|680 PW|681 WF|682 CK|683 NU|685 WS|686 KI|687 NC|' +
  '688 TV|689 PF|690 TK|691 FM|692 MH|850 KP|852 HK|853 MO|855 KH|856 LA|880 BD|886 TW|' +
  '960 MV|961 LB|962 JO|963 SY|964 IQ|965 KW|966 SA|967 YE|968 OM|970 PS|971 AE|972 IL|' +
  '973 BH|974 QA|975 BT|976 MN|977 NP|992 TJ|993 TM|994 AZ|995 GE|996 KG|998 UZ';

function parseCallingCodes(text: string): CallingCodeTable {
  const table: Record<string, CountryCode[]> = {};
  for (const group of text.split('|')) {
    const [code, ...countries] = group.split(' ');
    if (code) table[code] = countries as CountryCode[];
  }
  return { country_calling_codes: table };
}

/**
 * Eager calling-code table: enough for {@link getCountries}, {@link getCountryCallingCode} and
 * the country list, without loading the big metadata.
 */
export const CALLING_CODES: CallingCodeTable = parseCallingCodes(CALLING_CODES_TEXT);

// Non-geographic entities ('001', e.g. +800 freephone) sit beside real countries in the table.
const ISO_REGION = /^[A-Z]{2}$/;

/** Countries (ISO 3166-1 alpha-2, sorted) that the table knows, without non-geographic codes. */
export function getCountries(metadata: CallingCodeTable): CountryCode[] {
  const all = Object.values(metadata.country_calling_codes).flat();
  return all.filter((code) => ISO_REGION.test(code)).sort();
}

/** Calling code of a country without the '+' (`'44'` for GB), or undefined if unknown. */
export function getCountryCallingCode(
  country: string,
  metadata: CallingCodeTable,
): string | undefined {
  for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
    if ((countries as string[]).includes(country)) return code;
  }
  return undefined;
}

/** Whether `country` is a region the table knows (narrows a host-supplied string). */
export function isKnownCountry(
  country: unknown,
  metadata: CallingCodeTable,
): country is CountryCode {
  return (
    typeof country === 'string' &&
    ISO_REGION.test(country) &&
    getCountryCallingCode(country, metadata) !== undefined
  );
}
