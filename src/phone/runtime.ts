/**
 * Everything of the phone module that needs libphonenumber-js, behind one lazy import
 * (`load-runtime.ts`): the gate loads it, with the viewer's numbering zone, only when the
 * phone step appears, so a returning viewer (`phoneRegistered`) never downloads it.
 */
export { confirmPhone } from './confirm';
export { loadedRules, loadPhoneRulesFor, phoneRulesFor, subscribeToRules } from './rules';
export { detectCountry, formatAsYouType } from './typing';

/** What the lazy phone chunk provides. */
export type PhoneRuntime = typeof import('./runtime');
