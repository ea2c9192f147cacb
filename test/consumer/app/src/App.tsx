// The example an embedding page writes: the gate, the mock as its transport, the styles.
import { version as reactVersion } from 'react';
import { ScreenerTwoFactorGate, type TwoFactorError } from 'screener-2fa-gate';
import { createMockIndeeFetcher, type MockIndeeFetcher } from 'screener-2fa-gate/mock';
import 'screener-2fa-gate/styles.css';

declare global {
  interface Window {
    consumer?: { mock: MockIndeeFetcher; verified: string[]; errors: string[]; react: string };
  }
}

const SCREENER_KEY = 'consumer screener/1';

const mock = createMockIndeeFetcher({ codes: ['123456'], latencyMs: 20 });
// What the specs read back from the page.
const probe = { mock, verified: [] as string[], errors: [] as string[], react: reactVersion };
window.consumer = probe;

export function App() {
  return (
    <ScreenerTwoFactorGate
      screenerKey={SCREENER_KEY}
      baseUrl="https://api.indee.invalid/"
      auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
      fetcher={mock}
      preferredCountries={['US', 'GB', 'FR']}
      onCodeSubmit={async (code) => {
        if (!mock.verifyCode(SCREENER_KEY, code)) throw new Error('wrong or expired code');
      }}
      onVerified={(code) => probe.verified.push(code)}
      onError={(error: TwoFactorError) => probe.errors.push(error.code)}
    >
      {({ code }) => <p data-testid="playing">Playing the screener (code {code})</p>}
    </ScreenerTwoFactorGate>
  );
}
