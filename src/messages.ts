import type { TwoFactorErrorKind } from './api/errors';
import type { PhoneRefusal } from './phone/encode';

/**
 * Every string the gate shows or announces. Pass a partial object as the `messages` prop
 * to translate or reword; functions receive the values they interpolate.
 */
export interface TwoFactorMessages {
  phoneHeading: string;
  phoneIntro: string;
  countryLabel: string;
  /** Said (politely) while the viewer searches the countries: how many match. */
  countryMatches: (count: number) => string;
  /** The number fits another country better: offered as a one-click switch. */
  switchCountry: (country: string, callingCode: string) => string;
  /** The number is not valid for the selected country, which has another one to offer. */
  phoneNotValidIn: (country: string) => string;
  phoneLabel: string;
  /** Hint under the phone field, e.g. an example number. */
  phoneHint: (example: string) => string;
  phoneSubmit: string;
  phoneSubmitting: string;
  /** One message per refusal of the phone field. */
  phoneRefusal: Record<PhoneRefusal, string>;
  /** The numbering rules could not be downloaded (offline before the first submit). */
  phoneRulesUnavailable: string;
  sendHeading: string;
  sendIntro: string;
  sendSubmit: string;
  sendSubmitting: string;
  codeHeading: string;
  /**
   * Where the code went: the number the viewer typed, in international format. The gate
   * finds `phone` in the result and keeps it on one left-to-right line.
   */
  codeSentTo: (phone: string, codeLength: number) => string;
  /** Where the code went when the gate does not know the number (`phoneRegistered`). */
  codeSent: (codeLength: number) => string;
  /** When the last code went out; `time` is formatted in the gate's `locale`, e.g. `14:02`. */
  codeSentAt: (time: string) => string;
  codeLabel: string;
  codeIncomplete: (codeLength: number) => string;
  codeSubmit: string;
  codeSubmitting: string;
  /** Before the resend button: why the viewer would press it. */
  resendPrompt: string;
  resend: string;
  resendSending: string;
  /** The resend button during its cooldown; `wait` is a countdown such as `0:27`. */
  resendIn: (wait: string) => string;
  /** Announced (politely) once a new code has gone out. */
  codeResent: string;
  changeNumber: string;
  /**
   * A sending button while rate limited. `wait` is the time left in words, in the gate's
   * `locale` (`45 seconds`): the very text the alert shows.
   */
  sendBlocked: (action: string, wait: string) => string;
  /** Heading of what replaces the form after a sign-in or integration failure. */
  signInHeading: string;
  /** The action offered then, when the host passes `onSignIn`. */
  signIn: string;
  /** The viewer-facing text of each failure. `code` is the Indee or local code. */
  error: Record<Exclude<TwoFactorErrorKind, 'rate-limited' | 'unknown-code'>, string>;
  unknownCode: (code: string) => string;
  /** The host's code check (`onCodeSubmit`) did not answer within `codeCheckTimeoutMs`. */
  codeCheckTimeout: string;
  /** W5001; `wait` is the time left in words, in the gate's `locale` (`1 minute`). */
  rateLimited: (wait: string) => string;
  rateLimitOver: string;
  backOnline: string;
  verified: string;
}

/** The default English strings. */
export const defaultMessages: TwoFactorMessages = {
  phoneHeading: 'Verify your phone to watch',
  phoneIntro: 'We will text a code to your mobile phone.',
  countryLabel: 'Country',
  countryMatches: (n) =>
    n === 0 ? 'No country matches.' : n === 1 ? '1 country matches.' : `${n} countries match.`,
  switchCountry: (country, code) => `Use ${country} (+${code})`,
  phoneNotValidIn: (country) => `This is not a valid ${country} number.`,
  phoneLabel: 'Phone number',
  phoneHint: (example) => `For example ${example}`,
  phoneSubmit: 'Text me a code',
  phoneSubmitting: 'Sending…',
  phoneRefusal: {
    EMPTY: 'Enter your mobile number.',
    TOO_SHORT: 'This number is too short. Check the digits.',
    TOO_LONG: 'This number is too long. Check the digits.',
    INVALID: 'This is not a valid number for the selected country.',
    NOT_MOBILE: 'Use a mobile number: the code is sent by text message.',
    LEADING_ZERO:
      'This number cannot be registered for screenings. Please use another mobile number.',
  },
  phoneRulesUnavailable:
    'Could not check this number. Check your internet connection and try again.',
  sendHeading: 'Get your code',
  sendIntro: 'Your phone is linked to this screener. We will text a code to it.',
  sendSubmit: 'Text me a code',
  sendSubmitting: 'Sending…',
  codeHeading: 'Enter your code',
  codeSentTo: (phone, n) => `We sent a ${n}-digit code to ${phone}.`,
  codeSent: (n) => `We sent a ${n}-digit code to the phone linked to this screener.`,
  codeSentAt: (time) => `Last code sent at ${time}.`,
  codeLabel: 'Verification code',
  codeIncomplete: (n) => `Enter all ${n} digits of the code.`,
  codeSubmit: 'Verify',
  codeSubmitting: 'Checking…',
  resendPrompt: 'Didn’t get a text?',
  resend: 'Send a new code',
  resendSending: 'Sending a new code…',
  resendIn: (wait) => `Send a new code in ${wait}`,
  codeResent: 'We sent a new code.',
  changeNumber: 'Use a different number',
  sendBlocked: (action, wait) => `${action} (${wait})`,
  signInHeading: 'Sign in to continue',
  signIn: 'Sign in',
  error: {
    integration:
      'We could not confirm your access to this screener. Please contact whoever sent you the link.',
    'session-expired': 'Your session has expired. Please sign in again.',
    'sign-in-required': 'This screener needs you to sign in first.',
    server: 'Something went wrong on our side. Please try again.',
    network: 'No connection. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Please try again.',
    'bad-response': 'Something went wrong. Please try again.',
    'code-rejected': 'That code did not work. Check it, or send a new code.',
  },
  unknownCode: (code) => `Something went wrong (${code}). Please try again.`,
  codeCheckTimeout: 'Checking your code took too long. Please try again.',
  rateLimited: (wait) => `Too many attempts. You can try again in ${wait}.`,
  rateLimitOver: 'You can try again now.',
  backOnline: 'You are back online.',
  verified: 'Phone verified.',
};

/** Merges host overrides over the defaults (one level deep for the grouped records). */
export function resolveMessages(overrides?: Partial<TwoFactorMessages>): TwoFactorMessages {
  if (!overrides) return defaultMessages;
  return {
    ...defaultMessages,
    ...overrides,
    phoneRefusal: { ...defaultMessages.phoneRefusal, ...overrides.phoneRefusal },
    error: { ...defaultMessages.error, ...overrides.error },
  };
}
