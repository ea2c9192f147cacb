// Letters NFKD leaves whole, so 'Øst', 'ost' and 'OST' still meet.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Text as the search compares it: lower case in `locale` (Turkish 'İ' is 'i'), without accents
 * or the letters above, punctuation and runs of spaces as one space. 'Côte d’Ivoire' and
 * 'COTE D IVOIRE' both become 'cote d ivoire'.
 */
export function fold(text: string, locale: string): string {
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(locale);
  } catch {
    lower = text.toLowerCase();
  }
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
