// Imports the main entry only: its bundle must not contain the mock (package.spec.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import 'screener-2fa-gate/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <ScreenerTwoFactorGate
      screenerKey="real-screener"
      baseUrl="https://api.example.com/"
      auth={{ type: 'jwt', token: ({ refresh }) => (refresh ? 'fresh' : 'stale') }}
      fetcher={window.fetch.bind(window)}
      onCodeSubmit={() => {}}
    />
  </StrictMode>,
);
