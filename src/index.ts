export {
  INDEE_STATUS,
  type IndeeErrorCode,
  type IndeeStatusCode,
  type LocalErrorCode,
  type TwoFactorEndpoint,
  TwoFactorError,
  type TwoFactorErrorCode,
  type TwoFactorErrorInit,
  type TwoFactorErrorKind,
} from './api/errors';
export type { Fetcher, TokenGetter, TwoFactorAuth } from './api/types';
export { preloadCountrySearch } from './components/country-combobox/load-country-search';
export {
  ScreenerTwoFactorGate,
  type ScreenerTwoFactorGateProps,
} from './components/screener-two-factor-gate';
export { createTwoFactorController } from './flow/controller';
export type {
  CodeCheckContext,
  TwoFactorController,
  TwoFactorControllerConfig,
} from './flow/controller-types';
export type { FlowFailure, FlowState, FlowStep } from './flow/machine';
export type { TwoFactorSnapshot } from './flow/snapshot';
export {
  type ScreenerTwoFactor,
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from './hooks/use-screener-two-factor';
export { defaultMessages, type TwoFactorMessages } from './messages';
export type { PhoneCheck, PhoneCheckRefusal } from './phone/confirm';
export type { PhoneRefusal } from './phone/encode';
export type { ConfirmedPhone, PhoneDraft } from './phone/types';
