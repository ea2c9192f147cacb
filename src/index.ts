export {
  ScreenerTwoFactorGate,
  type ScreenerTwoFactorGateProps,
} from './components/screener-two-factor-gate';
export {
  useScreenerTwoFactor,
  type ScreenerTwoFactor,
  type UseScreenerTwoFactorOptions,
} from './hooks/use-screener-two-factor';
export {
  TwoFactorError,
  INDEE_STATUS,
  type IndeeStatusCode,
  type IndeeErrorCode,
  type LocalErrorCode,
  type TwoFactorErrorCode,
  type TwoFactorErrorKind,
  type TwoFactorEndpoint,
} from './api/errors';
export type { Fetcher, TokenGetter, TwoFactorAuth } from './api/types';
export type { FlowState, FlowStep, PhoneDraft, ConfirmedPhone } from './flow/machine';
export type { PhoneCheck } from './phone/confirm';
export type { PhoneRefusal } from './phone/encode';
export { defaultMessages, type TwoFactorMessages } from './messages';
