// Zero of each decimal-digit block a phone keyboard or a paste plausibly produces: ASCII,
// Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), N'Ko, the Indic scripts, Thai, Lao,
// Tibetan, Myanmar, Khmer, Mongolian, full-width. Other digits are refused rather than guessed.
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50,
  0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/**
 * The value of a decimal digit of any script above (`'٣'` and `'۳'` are 3), else undefined.
 * The phone field and the code field both read digits through it, so a viewer who can type
 * a phone number can type the code.
 */
export function digitValue(char: string): number | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (codePoint >= zero && codePoint <= zero + 9) return codePoint - zero;
  }
  return undefined;
}
