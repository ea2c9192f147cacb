/**
 * What Intl cannot tell the search: ISO 3166 alpha-3 codes, the names viewers use that are not
 * the official one, and which of the countries sharing a calling code most people mean.
 */
import type { CountryCode } from '../phone/metadata';

// ISO 3166-1 alpha-3 codes (from Debian's iso-codes), one per region of the calling-code table
// in alphabetical order of alpha-2: a lower-case letter is the alpha-2 plus that letter ('g'
// after AF is AFG), three capitals a code of its own (ANDorra), '-' none (AC, TA, XK). A test
// checks it against every pair, so a region added to the metadata cannot shift it unseen.
const ALPHA3 =
  '-ANDAREgATGabARMAGOgmAUTsABWALAeBIHBRBBGDlarrBDIBENmuBRNlBESaBHSnaBLRBLZnkCODCAFCOGevCOK' +
  'CHLrCHNlibCPVCUWrpeuiDNKamauESTyESHiphniFLKFSMFROabrGRDoGUFyabGRLbGINGLPGNQcmmGNBGUYgdvi' +
  'nnIRLISRndtIRQnlayJAMrnnzmrCOMaPRKKORtCYMKAZonaeaLBRouxaLBYroaMNEMAFMDGldirgMACMNPMTQtrM' +
  'LTsMDViMEXsMOZmlrkacdrluNIUlnnrPYFPNGlPAKPOLSPMiePRTPLWPRYtuuSRBsauSLBSYCnSWEpnSVNmSVKer' +
  'SENmSURdpSLVmrSWZ-aTCDoaklsTKMTUNnTURoTUVnaUKRaaURYbttnbrmtWLFm-mMYTfbe';

/**
 * ISO 3166 alpha-3 code by alpha-2 (`GB` → `GBR`).
 *
 * @param regions - every region of the calling-code table (not only the offered ones)
 */
export function alpha3Codes(regions: Iterable<string>): Map<string, string> {
  const codes = new Map<string, string>();
  let at = 0;
  for (const region of [...regions].sort()) {
    const letter = ALPHA3.charAt(at);
    if (letter === '-') at += 1;
    else if (letter >= 'a') {
      codes.set(region, region + letter.toUpperCase());
      at += 1;
    } else {
      codes.set(region, ALPHA3.slice(at, at + 3));
      at += 3;
    }
  }
  return codes;
}

/**
 * Names viewers type that neither English nor the country's own language gives: former,
 * informal and romanised names. Matched like names; an exact match ranks with the codes.
 */
export const ALIASES: Readonly<Partial<Record<CountryCode, string>>> = {
  AE: 'UAE|Emirates',
  CD: 'DRC|DR Congo|Congo Kinshasa|Zaire',
  CG: 'Congo Brazzaville',
  CI: 'Ivory Coast',
  CN: 'Zhongguo|PRC',
  CV: 'Cape Verde',
  CZ: 'Czech Republic|Czechia',
  GB: 'UK|Great Britain|Britain|England|Scotland|Wales|Northern Ireland',
  IN: 'Bharat',
  IR: 'Persia',
  JP: 'Nihon|Nippon',
  KP: 'North Korea|DPRK',
  KR: 'South Korea|Korea',
  MK: 'Macedonia',
  MM: 'Burma',
  NL: 'Holland',
  PS: 'Palestine',
  SZ: 'Swaziland|Eswatini',
  TL: 'East Timor',
  TR: 'Turkey|Turkiye',
  US: 'USA|America|United States of America',
  VA: 'Vatican|Holy See',
};

/**
 * Countries sharing a calling code, most populous first: `+1` means the US to most viewers,
 * then Canada, then the Caribbean. Codes not listed keep the metadata's order (main first).
 */
export const SHARED_CODE_ORDER: Readonly<Record<string, string>> = {
  '1': 'US CA DO PR JM TT BS BB LC GU VI GD VC AG DM KN KY BM MP AS SX TC VG AI MS',
  '7': 'RU KZ',
  '44': 'GB JE IM GG',
  '47': 'NO SJ',
  '61': 'AU CX CC',
  '212': 'MA EH',
  '262': 'RE YT',
  '290': 'SH TA',
  '358': 'FI AX',
  '590': 'GP MF BL',
  '599': 'CW BQ',
};
