/**
 * Phone numbers for the 2FA gate: the only code that imports libphonenumber-js. Pure functions,
 * no React; every function that needs metadata takes it as a parameter.
 *
 * `exampleNumber` (which pulls the examples JSON) is re-exported for convenience; bundlers drop
 * it when unused, and a caller may instead `import('./phone/examples')` to load it lazily.
 */

export {
  buildCountryList,
  type CountryEntry,
  type CountryListOptions,
  defaultCountryFromLanguages,
  filterCountries,
} from './countries';
export {
  detectCountry,
  type EncodedPhone,
  type EncodeResult,
  encodePhone,
  formatAsYouType,
  maskPhone,
  type PhoneRefusal,
} from './encode';
export { exampleNumber } from './examples';
export {
  CALLING_CODES,
  type CallingCodeTable,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isKnownCountry,
  type PhoneMetadata,
} from './metadata';
export { loadedPhoneRules, loadPhoneRulesFor, phoneRulesFor } from './rules';
