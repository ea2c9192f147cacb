// The page scripts/screenshots/shoot.mjs photographs: the gate on the built-in mock, in the
// state the query asks for (?scenario=W5001&dir=rtl). Nothing here is part of the package.
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from '../../src';
import { ar } from '../../src/locales/ar';
import { createMockIndeeFetcher, type MockScenario } from '../../src/mock';
import '../../src/styles.css';

const query = new URLSearchParams(location.search);
const rtl = query.get('dir') === 'rtl';
document.documentElement.dir = rtl ? 'rtl' : 'ltr';
document.documentElement.lang = rtl ? 'ar' : 'en';
const mock = createMockIndeeFetcher({ codes: ['123456'], latencyMs: 50 });
const scenario = query.get('scenario');
if (scenario) mock.setScenario(scenario as MockScenario, { endpoint: 'link-phone' });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ScreenerTwoFactorGate
      screenerKey="demo"
      baseUrl="https://api.example.test/"
      auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
      fetcher={mock}
      defaultCountry={rtl ? 'SA' : 'US'}
      locale={rtl ? 'ar' : 'en'}
      messages={rtl ? ar : undefined}
      onSignIn={() => {}}
      onCodeSubmit={(code) => {
        if (!mock.verifyCode('demo', code)) throw new Error('refused');
      }}
    >
      <section className="playback">
        <h2>Playing: Demo screener</h2>
      </section>
    </ScreenerTwoFactorGate>,
  );
}
