/**
 * What Intl cannot tell the search: ISO 3166 alpha-3 codes, the names viewers use that are not
 * the official one, and which of the countries sharing a calling code most people mean.
 */
import type { CountryCode } from '../phone/metadata';

// Alpha-2 followed by the alpha-3 letters it does not share: 'AFG' is AF + G, 'ADAND' is AD +
// AND. From ISO 3166-1 (Debian's iso-codes); AC, TA and XK have no alpha-3.
const ALPHA3 =
  'ADAND AEARE AFG AGATG AIA ALB AMARM AOAGO ARG ASM ATAUT AUS AWABW AXALA AZE BABIH BBBRB ' +
  'BDBGD BEL BFA BGR BHR BIBDI BJBEN BLM BMU BNBRN BOL BQBES BRA BSBHS BTN BWA BYBLR BZBLZ CAN ' +
  'CCK CDCOD CFCAF CGCOG CHE CIV CKCOK CLCHL CMR CNCHN COL CRI CUB CVCPV CWCUW CXR CYP CZE DEU ' +
  'DJI DKDNK DMA DOM DZA ECU EEEST EGY EHESH ERI ESP ETH FIN FJI FKFLK FMFSM FOFRO FRA GAB GBR ' +
  'GDGRD GEO GFGUF GGY GHA GIB GLGRL GMB GNGIN GPGLP GQGNQ GRC GTM GUM GWGNB GYGUY HKG HND HRV ' +
  'HTI HUN IDN IEIRL ILISR IMN IND IOT IQIRQ IRN ISL ITA JEY JMJAM JOR JPN KEN KGZ KHM KIR ' +
  'KMCOM KNA KPPRK KRKOR KWT KYCYM KZKAZ LAO LBN LCA LIE LKA LRLBR LSO LTU LUX LVA LYLBY MAR ' +
  'MCO MDA MEMNE MFMAF MGMDG MHL MKD MLI MMR MNG MOMAC MPMNP MQMTQ MRT MSR MTMLT MUS MVMDV MWI ' +
  'MXMEX MYS MZMOZ NAM NCL NER NFK NGA NIC NLD NOR NPL NRU NUNIU NZL OMN PAN PER PFPYF PGPNG ' +
  'PHL PKPAK PLPOL PMSPM PRI PSE PTPRT PWPLW PYPRY QAT REU ROU RSSRB RUS RWA SAU SBSLB SCSYC ' +
  'SDN SESWE SGP SHN SISVN SJM SKSVK SLE SMR SNSEN SOM SRSUR SSD STP SVSLV SXM SYR SZSWZ TCA ' +
  'TDTCD TGO THA TJK TKL TLS TMTKM TNTUN TON TRTUR TTO TVTUV TWN TZA UAUKR UGA USA UYURY UZB ' +
  'VAT VCT VEN VGB VIR VNM VUT WFWLF WSM YEM YTMYT ZAF ZMB ZWE';

/** ISO 3166 alpha-3 code by alpha-2 (`GB` → `GBR`). */
export function alpha3Codes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const token of ALPHA3.split(' ')) {
    const alpha2 = token.slice(0, 2);
    codes.set(alpha2, token.length === 3 ? alpha2 + token[2] : token.slice(2));
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
