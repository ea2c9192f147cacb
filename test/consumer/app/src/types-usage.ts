// Type-level use of the public API: type-checked by types.spec.ts, never bundled.
import {
  defaultMessages,
  type Fetcher,
  type FlowStep,
  INDEE_STATUS,
  type ScreenerTwoFactorGateProps,
  type TokenGetter,
  TwoFactorError,
  type TwoFactorErrorCode,
  type TwoFactorMessages,
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from 'screener-2fa-gate';
import {
  createMockIndeeFetcher,
  MOCK_SCENARIO_NAMES,
  type MockIndeeFetcher,
  type MockScenario,
} from 'screener-2fa-gate/mock';

const mock: MockIndeeFetcher = createMockIndeeFetcher({ defaultAuth: 'jwt', rateLimit: false });
const viaMock: Fetcher = mock;
const viaWindow: Fetcher = window.fetch;
const viaGlobal: Fetcher = globalThis.fetch;
const token: TokenGetter = async ({ refresh }) => (refresh ? 'new-jwt' : 'old-jwt');
const messages: Partial<TwoFactorMessages> = { phoneLabel: 'Téléphone' };
const scenario: MockScenario = MOCK_SCENARIO_NAMES[0];
mock.failNext(scenario, { endpoint: 'request-code' });

export const props: ScreenerTwoFactorGateProps = {
  screenerKey: 'k',
  baseUrl: 'https://api.example.com',
  auth: { type: 'jwt', token },
  fetcher: viaMock,
  phoneRegistered: true,
  messages,
  onCodeSubmit: async () => {},
  children: ({ code }) => code,
};
export const fetchers = [viaWindow, viaGlobal];
export const codes: TwoFactorErrorCode[] = ['W2003', 'NETWORK', 'CODE_REJECTED'];
export const phoneLabel: string = defaultMessages.phoneLabel;
export const statuses = INDEE_STATUS;

export function useStep(options: UseScreenerTwoFactorOptions): FlowStep {
  return useScreenerTwoFactor(options).step;
}

export function explainError(error: unknown): string {
  return error instanceof TwoFactorError ? `${error.code} ${error.kind}` : 'other';
}

// @ts-expect-error screenerKey is required
export const missingKey: ScreenerTwoFactorGateProps = {
  baseUrl: 'x',
  auth: { type: 'apiKey', apiKey: 'k' },
  onCodeSubmit: () => {},
};
// @ts-expect-error an API key auth has no token
export const badAuth: ScreenerTwoFactorGateProps['auth'] = { type: 'apiKey', token: 'k' };
