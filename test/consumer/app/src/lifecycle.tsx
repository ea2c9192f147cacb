/**
 * The host page of lifecycle.spec.ts, built against the packed `dist/` (#13.1–3).
 * `?scenario=` picks one: `identity` (a router-like screener switch),
 * `token` (a JWT getter that never settles) or `check` (an `onCodeSubmit` that never settles).
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import { createMockIndeeFetcher } from 'screener-2fa-gate/mock';
import 'screener-2fa-gate/styles.css';

const linkedPhone = { phone: 2015550123, countryCode: 1 };
const mock = createMockIndeeFetcher({
  codes: ['123456'],
  latencyMs: 20,
  screeners: { 'screener-a': { linkedPhone }, 'screener-b': { linkedPhone } },
});
const scenario = new URLSearchParams(location.search).get('scenario');
const probe = { mock, errors: [] as string[], verified: [] as string[] };
(window as unknown as { lifecycle: typeof probe }).lifecycle = probe;

function Host() {
  const [screenerKey, setScreenerKey] = useState('screener-a');
  const hang = () => new Promise<never>(() => {});
  return (
    <>
      <button type="button" onClick={() => setScreenerKey('screener-b')}>
        Open screener B
      </button>
      <ScreenerTwoFactorGate
        screenerKey={screenerKey}
        baseUrl="https://api.example.test/"
        auth={
          scenario === 'token'
            ? { type: 'jwt', token: hang }
            : { type: 'apiKey', apiKey: 'demo-api-key' }
        }
        fetcher={mock}
        phoneRegistered
        requestTimeoutMs={500}
        codeCheckTimeoutMs={500}
        onCodeSubmit={async (code) => {
          if (scenario === 'check') await hang();
          if (!mock.verifyCode(screenerKey, code)) throw new Error('wrong or expired code');
        }}
        onVerified={(code) => probe.verified.push(code)}
        onError={(error) => probe.errors.push(error.code)}
      >
        <p data-testid="playing">Playing {screenerKey}</p>
      </ScreenerTwoFactorGate>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Host />
  </StrictMode>,
);
