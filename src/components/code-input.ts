import { digitValue } from '../phone/digits';

/**
 * Keeps only the digits of what was typed or pasted (`123 456`, `123-456`, Arabic-Indic,
 * Persian or full-width digits), as ASCII, at most `length` of them.
 */
export function sanitizeCode(text: string, length: number): string {
  let digits = '';
  for (const char of text) {
    const value = digitValue(char);
    if (value !== undefined) digits += value;
    if (digits.length === length) break;
  }
  return digits;
}
