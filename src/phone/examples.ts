import { getExampleNumber } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import type { CountryCode, PhoneMetadata } from './metadata';

/**
 * An example mobile number of `country` in national format, for a placeholder hint
 * (`'07400 123456'` for GB, `'(201) 555-0123'` for US), or undefined if there is none.
 *
 * Its own file because it pulls `examples.mobile.json` (~4 kB, 1.4 kB gzipped): a caller that
 * wants it lazily can `import('./examples')`. Some examples (Côte d'Ivoire, Benin, Congo, Gabon)
 * start with 0 and would be refused by `encodePhone`; they still show the expected shape.
 */
export function exampleNumber(country: CountryCode, metadata: PhoneMetadata): string | undefined {
  try {
    return getExampleNumber(country, examples, metadata)?.formatNational();
  } catch {
    // Unknown country, or metadata sliced without it.
    return undefined;
  }
}
