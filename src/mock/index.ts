/**
 * `screener-2fa-gate/mock`: an in-memory Indee screener 2FA API for Storybook, demos and
 * tests. No network, no React, no phone-number library.
 *
 * @packageDocumentation
 */
export { createMockIndeeFetcher } from './create-mock-fetcher';
export { MOCK_SCENARIO_NAMES } from './scenarios';
export type {
  MockAuthMode,
  MockDelayScenario,
  MockEndpoint,
  MockEndpointTarget,
  MockIndeeFetcher,
  MockIndeeOptions,
  MockLinkedPhone,
  MockRequestRecord,
  MockScenario,
  MockScenarioOptions,
  MockScreenerConfig,
  MockSms,
  MockSmsListener,
  MockStatusScenario,
} from './types';
