/**
 * Keeps only the digits of what was typed or pasted (`123 456`, `123-456`, full-width
 * digits), at most `length` of them.
 */
export function sanitizeCode(text: string, length: number): string {
  let digits = '';
  for (const char of text.normalize('NFKC')) {
    if (char >= '0' && char <= '9') digits += char;
    if (digits.length === length) break;
  }
  return digits;
}
