import type { ArgTypes, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ANSWERS, DEFAULT_LATENCY_MS, type GateStage, type GateStageProps } from './stage';

/**
 * Defaults shared by every gate story. Spies log to the Actions panel and let play
 * functions assert what the host was told.
 */
export const baseArgs = {
  authMode: 'apiKey',
  refreshJwt: false,
  phoneRegistered: false,
  defaultCountry: 'US',
  locale: 'en',
  dir: 'ltr',
  answer: 'normal',
  answerEndpoint: 'any',
  latencyMs: DEFAULT_LATENCY_MS,
  resendCooldownSeconds: 30,
  requestTimeoutMs: 15000,
  onCodeSubmit: fn(),
  onVerified: fn(),
  onError: fn(),
  onAuthError: fn(),
  onSignIn: fn(),
} satisfies GateStageProps;

/** A story of a file whose meta is `{ component: GateStage, args: baseArgs }`. */
export type GateStory = StoryObj<{ component: typeof GateStage; args: typeof baseArgs }>;

/** A few countries for the select controls; the gate itself offers every country. */
const COUNTRIES = ['US', 'GB', 'CA', 'FR', 'DE', 'IT', 'ES', 'IN', 'JP', 'BR', 'SA', 'EG', 'IL'];
const LOCALES = ['en', 'en-GB', 'fr', 'de', 'es', 'it', 'ja', 'pt-BR', 'ar', 'he'];

export const gateArgTypes: Partial<ArgTypes<GateStageProps>> = {
  authMode: {
    control: 'inline-radio',
    options: ['jwt', 'apiKey'],
    description:
      'JWT for force-login (Publicity) screeners; Bearer API key for link-type screeners without force-login. The mock screener is configured to match.',
  },
  refreshJwt: { control: 'boolean', if: { arg: 'authMode', eq: 'jwt' } },
  phoneRegistered: { control: 'boolean' },
  defaultCountry: { control: 'select', options: COUNTRIES },
  locale: { control: 'select', options: LOCALES },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  answer: {
    control: 'select',
    options: Object.keys(ANSWERS),
    table: { type: { summary: 'keyof ANSWERS' } },
  },
  answerEndpoint: {
    control: {
      type: 'inline-radio',
      labels: { any: 'both', 'link-phone': 'POST (link)', 'request-code': 'GET (code)' },
    },
    options: ['any', 'link-phone', 'request-code'],
  },
  latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
  resendCooldownSeconds: { control: { type: 'number', min: 0 } },
  requestTimeoutMs: { control: { type: 'number', min: 100, step: 500 } },
  messages: { control: 'object' },
  countries: { control: 'object' },
  preferredCountries: { control: 'object' },
  view: { table: { disable: true } },
};
