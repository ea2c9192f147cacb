// Plain Node, no bundler: the packed ESM must load and server-render. Prints JSON for
// package.spec.ts.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import { createMockIndeeFetcher } from 'screener-2fa-gate/mock';

const mock = createMockIndeeFetcher();
const render = (phoneRegistered) =>
  renderToString(
    createElement(ScreenerTwoFactorGate, {
      screenerKey: 'k',
      baseUrl: 'https://api.example.com',
      auth: { type: 'apiKey', apiKey: 'demo-api-key' },
      fetcher: mock,
      phoneRegistered,
      onCodeSubmit: () => {},
    }),
  );
console.log(
  JSON.stringify({
    phone: render(false),
    send: render(true),
    requests: mock.requests.length,
    noWindow: typeof window === 'undefined' && typeof document === 'undefined',
  }),
);
